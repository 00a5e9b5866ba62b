# Counter.most_common(n) goes through heapq.nlargest as in CPython, so an n of the wrong type fails
# with nlargest's errors, and ties keep insertion order.
from collections import Counter
c = Counter("abracadabra")
for n in [None, 0, 1, 2, 10, -1, 2.5, "2", [1], True]:
    try:
        print(repr(n), c.most_common(n))
    except TypeError as e:
        print(repr(n), "TypeError:", e)
print(Counter({"x": 2, "y": 2, "z": 2}).most_common(2), Counter().most_common(3))
