# Ends with an uncaught math domain error.
import math
for x in (4, 2.25, 0, 1e-300):
    print(x, math.sqrt(x), math.log1p(x))
try:
    math.log(0)
except ValueError as e:
    print('caught:', e)
print(math.isqrt(99), math.factorial(12))
try:
    math.factorial(-3)
except ValueError as e:
    print('caught:', e)
print(math.acos(1.0000001))
