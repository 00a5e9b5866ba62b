import functools
import time


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def late_binding():
    return [lambda x: x * i for i in range(4)]


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(parts)}) -> {result!r}")
        return result

    return wrapper


def repeat(times):
    def deco(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(times)]

        return wrapper

    return deco


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


def validate(**types):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(kwargs.get(name)).__name__}")
            return func(**kwargs)

        return wrapper

    return deco


class CallCounter:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@logged
def add(a, b=0, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale


@repeat(3)
def hello(name):
    return f"hi {name}"


@memoize
def slow_square(n):
    print("  computing", n)
    return n * n


@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"


@CallCounter
def shout(s):
    return s.upper() + "!"


c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
print([f(10) for f in make_multipliers()], [f(10) for f in late_binding()])
add(2, 3)
add(1, b=4, scale=10)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), hasattr(add, "__wrapped__"))
print(hello("bob"))
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
print(person(name="Ann", age=30))
try:
    person(name="Ann", age="30")
except TypeError as e:
    print(type(e).__name__, e)
print(shout("hey"), shout("you"), shout.calls, shout.__name__)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.title, lambda s: s + "?")("  who are you "))
adders = {n: (lambda n: lambda x: x + n)(n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
print(type(time.perf_counter()).__name__)


def outer():
    x = "outer"

    def inner():
        print("inner sees", x)

    x = "changed"
    return inner


outer()()


def broken():
    print(y)
    y = 1


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
person(name=1, age=2)
