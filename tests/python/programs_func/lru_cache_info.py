import functools

@functools.lru_cache(maxsize=3)
def square(n):
    print(f"computing {n}")
    return n * n

for n in [1, 2, 3, 1, 4, 2, 1, 5]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)

@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True))
print(kind.cache_info())
print(kind.cache_parameters())

@functools.lru_cache(maxsize=32)
def untyped(x):
    return repr(x)

print(untyped(1), untyped(1.0), untyped(True))
print(untyped.cache_info())

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))
print(fact.cache_info())
print(fact(25) // fact(20))
print(fact.cache_info().hits, fact.cache_info().misses)

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1

print(nocache(1), nocache(1), nocache.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

@functools.lru_cache()
def kw(a, b=2, *, c=3):
    return a + b + c

print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3))
print(kw.cache_info())

info = kw.cache_info()
print(info._fields, type(info).__name__)
print(info.currsize, info[0])

class Solver:
    @functools.lru_cache(maxsize=None)
    def ways(self, n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        return self.ways(n - 1) + self.ways(n - 2) + self.ways(n - 3)

s = Solver()
print(s.ways(30))
print(Solver.ways.cache_info().misses)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
