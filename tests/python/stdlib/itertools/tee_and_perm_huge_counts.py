# Counts past a C ssize_t: itertools.tee and math.perm raise OverflowError as CPython does,
# instead of trying to build 2**70 iterators or failing inside.
import itertools
import math

for n in [2 ** 70, -1, 0, 3]:
    try:
        print(n, len(itertools.tee("abc", n)))
    except (OverflowError, ValueError) as e:
        print(n, type(e).__name__, e)
for a, b in [(2 ** 70, 1), (2 ** 70, 2 ** 70), (5, 2 ** 70), (2 ** 70, 2)]:
    for f in (math.perm, math.comb):
        try:
            r = f(a, b)
            print(f.__name__, a, b, r if r < 10 ** 30 else "big")
        except OverflowError as e:
            print(f.__name__, a, b, "OverflowError:", e)
