def pyramid(n):
    for i in range(1, n + 1):
        print(" " * (n - i) + "*" * (2 * i - 1))


def diamond(n):
    for i in list(range(1, n + 1)) + list(range(n - 1, 0, -1)):
        print(("*" * (2 * i - 1)).center(2 * n - 1).rstrip())


def floyd(n):
    k = 1
    for i in range(1, n + 1):
        print(" ".join(f"{k + j:2d}" for j in range(i)))
        k += i


def pascal(n):
    row = [1]
    rows = []
    for _ in range(n):
        rows.append(row)
        row = [a + b for a, b in zip([0] + row, row + [0])]
    width = len("   ".join(map(str, rows[-1])))
    for r in rows:
        print("   ".join(map(str, r)).center(width))


def multiplication_table(n):
    print("    |" + "".join(f"{j:4d}" for j in range(1, n + 1)))
    print("----+" + "-" * 4 * n)
    for i in range(1, n + 1):
        print(f"{i:3d} |" + "".join(f"{i * j:4d}" for j in range(1, n + 1)))


pyramid(4)
diamond(4)
floyd(5)
pascal(7)
multiplication_table(9)
for i in range(1, 6):
    print(str(i) * i, "".join(str(j) for j in range(1, i + 1)), "".join(str(j) for j in range(i, 0, -1)).rjust(5))
for i in range(5, 0, -1):
    print("#" * i + "." * (5 - i), end="|")
print()
alpha = [chr(ord("A") + i) for i in range(5)]
for i in range(1, 6):
    print(" ".join(alpha[:i]))
print("\n".join("".join("*" if (r + c) % 2 == 0 else " " for c in range(8)) for r in range(4)))
for n in range(1, 16):
    print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n, end=" ")
print()
print(*range(1, 11), sep=", ", end=".\n")
print(*[f"{2 ** i:>5}" for i in range(10)])
print("%3d%%" % 50, "{:>4}%".format(75), f"{0.333:>6.1%}")
