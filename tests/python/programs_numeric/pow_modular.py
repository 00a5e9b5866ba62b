# pow with negative exponents, three-argument pow, modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(2.0, -2), 2 ** -2, (-8) ** (1/3))
print(pow(0, 0), pow(0.0, 0), 0 ** 0.0, pow(-1, 0.5))
for base, exp, mod in [(3, 4, 5), (3, -1, 7), (10, -1, 17), (-3, 3, 7), (2, 100, -7), (5, 0, 1), (5, 0, -1), (7, -2, 13), (2, -1, 1)]:
    try:
        print(base, exp, mod, pow(base, exp, mod))
    except Exception as e:
        print(base, exp, mod, type(e).__name__, e)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

def inv(a, m):
    return pow(a, -1, m)
p = 10 ** 9 + 7
for a in (2, 3, 10, 123456789):
    x = inv(a, p)
    print(a, x, a * x % p)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print((-2) ** 0.5)
print((-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print(2 ** 0.5, 10 ** -3, 10 ** 20, 10.0 ** 20, 10 ** 22 == 10.0 ** 22)
print(pow(3, 200, 10 ** 30), pow(-5, 3), pow(-5, 3, 7), -5 ** 2)
print(pow(2, 1000) % 1000, len(str(pow(2, 10000))))
print(1.5 ** 2, (-1.5) ** 3, 4 ** 0.5, 27 ** (1/3))
print(float('inf') ** 0, float('nan') ** 0, 1 ** float('nan'), (-1) ** float('inf'))
print(pow(True, 5), pow(2, True), 2 ** False)
import math
print(math.pow(2, -1), math.pow(-8, 3))
try:
    print(math.pow(-8, 1/3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(0, -1)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(3, -2, 10))
