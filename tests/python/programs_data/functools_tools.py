import functools
from functools import reduce, partial, lru_cache, total_ordering, cmp_to_key, singledispatch, cache, wraps

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
print(int2.func, int2.args, int2.keywords)
print(repr(partial(max, 1, key=abs))[:28])
p2 = partial(partial(pow, 2), 5)
print(p2(), p2.args)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V(" + ".".join(map(str, self.parts)) + ")"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9"))

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(cmp_len_then_alpha)))

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"
for v in [1, True, 2.5, 1j, [1, 2], "s", None]:
    print(describe(v))
print(describe.dispatch(bool).__name__ if hasattr(describe.dispatch(bool), "__name__") else "?")

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return inner
@logged
def add(a, b=1):
    """Add numbers."""
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(functools.reduce(lambda x, y: x + y, ["a", "b", "c"], ">"))
class Cart:
    def __init__(self, items):
        self.items = items
    @functools.cached_property
    def total(self):
        print("computing")
        return sum(self.items)
c = Cart([1, 2, 3])
print(c.total, c.total, c.__dict__)
sq("unhashable".split())
