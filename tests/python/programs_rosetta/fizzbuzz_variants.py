from itertools import cycle, count, islice
print(" ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 31)))
fizz, buzz = cycle(["", "", "Fizz"]), cycle(["", "", "", "", "Buzz"])
print(list(islice((f + b or str(n) for f, b, n in zip(fizz, buzz, count(1))), 15)))
def general(n, rules):
    for i in range(1, n + 1):
        yield "".join(word for k, word in sorted(rules.items()) if i % k == 0) or i
print(*general(21, {7: "Baxx", 3: "Fizz", 5: "Buzz"}))
print({i: ("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i) for i in range(10, 16)})
match_out = []
for i in range(1, 16):
    match (i % 3, i % 5):
        case (0, 0): match_out.append("FizzBuzz")
        case (0, _): match_out.append("Fizz")
        case (_, 0): match_out.append("Buzz")
        case _: match_out.append(str(i))
print(",".join(match_out))
