# Project Euler problems that lean on Python's unbounded integers
from math import factorial, comb


def digit_sum(n):
    return sum(map(int, str(n)))


print("16:", digit_sum(2 ** 1000))
print("20:", digit_sum(factorial(100)))
print("15:", comb(40, 20))
fib = [1, 1]
while fib[-1] < 10 ** 999:
    fib.append(fib[-1] + fib[-2])
print("25:", len(fib))
print("48:", str(sum(i ** i for i in range(1, 1001)))[-10:])
print("48 mod:", sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10)
print("29:", len({a ** b for a in range(2, 101) for b in range(2, 101)}))
print("56:", max(digit_sum(a ** b) for a in range(90, 100) for b in range(90, 100)))
print("97:", (28433 * pow(2, 7830457, 10 ** 10) + 1) % 10 ** 10)
n, d, count = 3, 2, 0
for _ in range(1000):
    n, d = n + 2 * d, n + d
    count += len(str(n)) > len(str(d))
print("57:", count)
x = 2 ** 521 - 1
print("M521 digits:", len(str(x)), str(x)[:20], str(x)[-20:])
print(f"{factorial(30):,}")
print(f"{2 ** 200:e}", f"{3 ** 100:.5e}", float(3 ** 100), int(float(3 ** 100)) == 3 ** 100)
print(10 ** 50 // 7, 10 ** 50 % 7, -(10 ** 50) // 7, divmod(-(10 ** 50), 7), (10 ** 50).bit_length())
print(hex(factorial(25)), oct(2 ** 70), bin(3 ** 30), int(str(7 ** 77)[::-1]) % 1000007)
print((2 ** 127 - 1) * (2 ** 127 + 1) == 2 ** 254 - 1, 2 ** 64 // 3 * 3 + 2 ** 64 % 3 == 2 ** 64, -7 ** 2, (-7) ** 2)
print(round(10 ** 30 / 3), round(2 ** 60 + 0.5), int(1e30), 10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1))
