# functools.cache (3.9) is lru_cache(maxsize=None).
import functools

calls = []


@functools.cache
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib.__wrapped__.__name__, fib.__name__)


@functools.cache
def norm(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(args) + len(kwargs)


calls.clear()
norm(1, 2)
norm(1, 2)
norm(1, b=2)
norm(b=2, a=1)
norm(a=1, b=2)
print(len(calls), norm.cache_info().hits)
try:
    norm([1])
except TypeError as e:
    print("TypeError:", e)
print(functools.lru_cache(maxsize=None)(len).cache_parameters())
print(norm.cache_parameters())


@functools.lru_cache
def bare(x):
    return x * 2


print(bare(3), bare.cache_info())
