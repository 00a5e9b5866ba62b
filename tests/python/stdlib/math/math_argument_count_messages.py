# Calling math functions with the wrong number of arguments: CPython names METH_O and METH_NOARGS
# functions with their module ("math.sqrt()"), and FASTCALL ones in their own words.
import math
import time
import heapq

calls = [
    "math.sqrt()", "math.sqrt(1, 2)", "math.floor()", "math.exp(1, 2)", "math.factorial()",
    "math.isqrt()", "math.fsum()", "math.sqrt(x=4)", "math.hypot(x=1)", "math.gcd(a=4)",
    "math.perm(n=3)", "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.prod()",
    "math.pow(2)", "math.isclose(1)", "math.comb(1)", "time.sleep()", "heapq.heappop()",
    "heapq.heapify([], [])",
]
for c in calls:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, "->", e)
for f in [math.sqrt, math.floor, time.sleep, heapq.heappush, len]:
    print(f.__name__, f.__module__, f)
