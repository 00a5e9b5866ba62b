# HackerRank decorator exercises: standardize mobile numbers, name directory
from functools import wraps
from operator import itemgetter


def wrapper(f):
    @wraps(f)
    def fun(numbers):
        return f(["+91 {} {}".format(n[-10:-5], n[-5:]) for n in numbers])
    return fun


@wrapper
def sort_phone(numbers):
    print(*sorted(numbers), sep="\n")


sort_phone(["07895462130", "919875641230", "9195969878", "+91 9876543210"])
print(sort_phone.__name__, sort_phone.__wrapped__.__name__)


def person_lister(f):
    def inner(people):
        return map(f, sorted(people, key=lambda p: int(p[2])))
    return inner


@person_lister
def name_format(person):
    return ("Mr. " if person[3] == "M" else "Ms. ") + person[0] + " " + person[1]


people = [p.split() for p in ["Mike Thomson 20 M", "Robert Bustle 32 M", "Andria Bustle 30 F", "Amy Ho 20 F"]]
print(*name_format(people), sep="\n")


def counted(fn):
    @wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner


def repeat(times):
    def deco(fn):
        @wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco


@counted
@repeat(3)
def greet(name):
    """Say hi."""
    return f"hi {name}"


print(greet("bo"), greet("al"), greet.calls, greet.__doc__, greet.__name__)


class memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), type(fib).__name__, sorted(fib.cache)[:5])
rows = [("b", 2, 9.5), ("a", 2, 7.0), ("c", 1, 9.5)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True))
