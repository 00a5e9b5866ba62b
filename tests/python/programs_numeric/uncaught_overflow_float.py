# Ends with an uncaught OverflowError from float arithmetic.
import math
x = 1.0
for i in range(5):
    x *= 1e60
    print(i, x)
print(math.exp(700), 2.0 ** 1000)
try:
    math.exp(710)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(1e308) * 10.0 ** 10
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
print(10.0 ** 400)
