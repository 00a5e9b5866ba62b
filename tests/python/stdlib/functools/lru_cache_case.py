from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def ident(x):
    return x
ident(1); ident(1.0); ident(2)
print(ident.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())

@cache
def fact(n):
    "Factorial."
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.__name__, fact.__doc__, fact.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
print(sq.__wrapped__(9))
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
