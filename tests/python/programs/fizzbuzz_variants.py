def fizzbuzz_classic(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
def fizzbuzz_rules(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    return ["".join(word for d, word in rules if i % d == 0) or str(i) for i in range(1, n + 1)]
def fizzbuzz_match(i):
    match (i % 3, i % 5):
        case (0, 0): return "FizzBuzz"
        case (0, _): return "Fizz"
        case (_, 0): return "Buzz"
        case _: return str(i)
print(" ".join(fizzbuzz_classic(20)))
print(" ".join(fizzbuzz_rules(22)))
print(fizzbuzz_classic(100) == [fizzbuzz_match(i) for i in range(1, 101)])
print(sum(1 for w in fizzbuzz_classic(1000) if w == "FizzBuzz"))
