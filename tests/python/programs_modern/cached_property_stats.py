from functools import cached_property, lru_cache, cache
import statistics

class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.calls = 0
    @cached_property
    def mean(self):
        self.calls += 1
        return statistics.mean(self.values)
    @cached_property
    def stdev(self):
        self.calls += 1
        return statistics.stdev(self.values)
    @property
    def summary(self):
        return f"n={len(self.values)} mean={self.mean:.3f} sd={self.stdev:.3f}"

d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.summary)
print(d.summary)
print(d.calls, sorted(k for k in vars(d)))
d.values.append(100)
print(d.summary)
del d.mean
print(d.summary, d.calls)
d.mean = 0
print(d.mean)
cp = Dataset.__dict__["mean"]
print(cp.attrname, cp.__doc__, Dataset.mean is cp)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=2, typed=True)
def ident(x):
    print("miss", repr(x))
    return x
ident(1); ident(1.0); ident(1); ident(2)
print(ident.cache_info(), ident.cache_parameters())
@lru_cache
def sq(n): return n * n
print([sq(i % 3) for i in range(6)], sq.cache_info())
print(sq.__wrapped__(5), sq.__name__)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
@lru_cache(maxsize=0)
def nothing(x): return x
nothing(1); nothing(1)
print(nothing.cache_info())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x): self.x = x
    @lru_cache(maxsize=None)
    def norm(self): return abs(self.x)
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return self.x == o.x
print(Point(-3).norm(), Point(-3).norm(), Point.norm.cache_info())
