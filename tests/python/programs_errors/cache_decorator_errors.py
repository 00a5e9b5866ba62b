# Caching with functools.lru_cache and a handmade memoize decorator: unhashable arguments,
# wrapped-function metadata, and misuse of decorator arguments.
import functools

@functools.lru_cache(maxsize=2)
def area(shape, size):
    print(f"  computing {shape} {size}")
    return {"square": size * size, "circle": round(3.14159 * size * size, 2)}[shape]

for call in [("square", 3), ("square", 3), ("circle", 1), ("square", 3), ("triangle", 2), ("square", [3])]:
    try:
        print(call, "->", area(*call))
    except KeyError as e:
        print(call, "-> KeyError:", e)
    except TypeError as e:
        print(call, "-> TypeError:", e)
print(area.cache_info())

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache
    return wrapper

@memoize
def total(items, *, discount=0):
    """Sum items minus a discount."""
    return sum(items) - discount

print(total((1, 2, 3)), total((1, 2, 3), discount=1), len(total.cache), total.__name__, total.__doc__)
try:
    total([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    total((1,), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    @functools.lru_cache(2, 3)
    def f():
        pass
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(area, "square")
print(p(4), p.func.__name__, p.args)
try:
    p(4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.partial(42)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
area.cache_clear()
print(area.cache_info())
area("hexagon", 1)
