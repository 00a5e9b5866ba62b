import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(reduce(max, [3, 9, 2], -1))
p = partial(int, base=2)
print(p("1011"), p.func, p.args, p.keywords)
print(repr(p))
p2 = partial(pow, 2)
print(p2(10), repr(p2))
p3 = partial(p2, 5)
print(p3(), repr(p3))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello", punct="?")
print(hello("Ann"), hello("Bob", punct="."))
print(repr(hello).startswith("functools.partial(<function greet at"))
@lru_cache(maxsize=3)
def sq(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())
print(fib.cache_parameters(), ident.cache_parameters())
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    """Doubles x."""
    return 2 * x
print(documented.__name__, documented.__doc__, documented.__annotations__)
print(documented.__wrapped__(4), documented.__qualname__, documented.__module__)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda a, b: len(a) - len(b) or cmp(a, b))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2))
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("2") <= Version("1"))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as ex:
    print(type(ex).__name__, ex)
print(functools.reduce(lambda acc, w: acc + len(w), "a bb ccc".split(), 0))
