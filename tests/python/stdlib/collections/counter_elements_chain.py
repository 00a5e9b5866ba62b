# Counter.elements() is an itertools.chain over repeat() per key, as in CPython:
# its type shows, it skips zero and negative counts, and a float count is repeat's TypeError.
from collections import Counter

c = Counter(a=3, b=0, c=-2, d=1)
it = c.elements()
print(type(it).__name__, type(it).__module__)
print(list(it))
print(sorted(Counter('abracadabra').elements()))
c['z'] = 2.5
try:
    list(c.elements())
except TypeError as e:
    print('TypeError:', e)
