from functools import (partial, reduce, lru_cache, cache, wraps, total_ordering, cached_property,
                       singledispatch, cmp_to_key, partialmethod)
import operator

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
print(square(7), square.func.__name__, square.args, square.keywords)
print(repr(partial(int, base=2)), repr(partial(max, 3, key=abs)), repr(partial(divmod)))
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@cache
def slow(x):
    print("computing", x)
    return x * 2
print(slow(2), slow(2), slow.cache_info())

def trace(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner

@trace
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__annotations__)

@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"Money({self.c})"
print(Money(1) <= Money(2), Money(3) > Money(2), Money(2) >= Money(2), sorted([Money(3), Money(1)]))

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(type(Circle.__dict__["area"]).__name__)

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register
def _(x: float | str):
    return f"float-or-str {x}"
print(show(1), show([1, "a", 2.5]), show(None), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

words = ["banana", "Apple", "cherry", "apple"]
def cmp(a, b):
    return (a.lower() > b.lower()) - (a.lower() < b.lower())
print(sorted(words, key=cmp_to_key(cmp)))

class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = partialmethod(set, True)
    off = partialmethod(set, False)
cell = Cell(); cell.on(); print(cell.state); cell.off(); print(cell.state)
print(lru_cache(maxsize=None)(lambda x: x).cache_info())
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(3)
except TypeError as e:
    print(type(e).__name__, e)
