from collections import OrderedDict
from functools import lru_cache


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("  evict", old)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"

    def __len__(self):
        return len(self.data)


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c.get("a"), c)
c.put("d", 4)
print(c.get("b", "missing"), c.get("c"), c)
c.put("a", 10)
c.put("e", 5)
print(c, len(c), f"hits={c.hits} misses={c.misses}")
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=2)
def square(n):
    print(f"  computing {n}")
    return n * n


for n in (2, 3, 2, 4, 3, 2):
    print(n, square(n))
print(square.cache_info())
print(square.__wrapped__(9), square.__name__, square.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    print("  miss", repr(x))
    return x


ident(1), ident(1.0), ident(1), ident(True)
print(ident.cache_info())
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
