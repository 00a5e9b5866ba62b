import math
print(2 ** 64, 2 ** 64 - 1, -2 ** 63, 2 ** 128)
f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), len(str(f100)) - len(str(f100).rstrip("0")))
big = 5 ** 4 ** 3 ** 2
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
import sys
sys.set_int_max_str_digits(0)
s = str(big)
print(len(s), s[:20], s[-20:])
print(pow(2, 10 ** 4, 10 ** 9 + 7), pow(3, -1, 11), pow(7, 128, 13))
print(math.isqrt(10 ** 50), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 30))
print(divmod(-10 ** 30, 7), -10 ** 30 // 7, -10 ** 30 % 7, (10 ** 30) // -7)
print(int(1e20), int(-1.5e19), float(2 ** 80), 2 ** 80 / 3, 10 ** 400 // 10 ** 399)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-(2 ** 100)), (2 ** 100).bit_length(), (-(2 ** 100)) >> 98, round(123456789012345678901, -5))
