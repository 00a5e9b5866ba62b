# functools: the examples in the library reference (cache, lru_cache fib, total_ordering, partial, reduce, singledispatch).
import functools
from functools import cache, lru_cache, total_ordering, partial, partialmethod, reduce, singledispatch, wraps, cmp_to_key

@cache
def factorial(n):
    return n * factorial(n-1) if n else 1
print(factorial(10), factorial(5), factorial(12), factorial.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)
print([fib(n) for n in range(16)], fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(1))

@lru_cache(maxsize=32)
def sq(x):
    return x * x
for i in [1, 2, 1, 3.0, 3, 2]:
    sq(i)
print(sq.cache_info(), sq.cache_parameters())
@lru_cache(maxsize=32, typed=True)
def tsq(x):
    return x * x
tsq(3); tsq(3.0)
print(tsq.cache_info())

@total_ordering
class Student:
    def __init__(self, last, first):
        self.lastname, self.firstname = last, first
    def _is_valid_operand(self, other):
        return hasattr(other, "lastname") and hasattr(other, "firstname")
    def __eq__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) ==
                (other.lastname.lower(), other.firstname.lower()))
    def __lt__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) <
                (other.lastname.lower(), other.firstname.lower()))
a, b = Student('Smith', 'Ann'), Student('jones', 'Bob')
print(a > b, a >= b, a <= b, b < a, a == Student('SMITH', 'ann'))
try:
    a < 5
except TypeError as e:
    print('TypeError:', e)

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func is int, basetwo.args, basetwo.keywords)

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)

print(reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]), reduce(lambda x, y: x+y, [], 'init'))
try:
    reduce(lambda x, y: x+y, [])
except TypeError as e:
    print('TypeError:', e)

@singledispatch
def fun(arg, verbose=False):
    if verbose:
        print("Let me just say,", end=" ")
    print(arg)
@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)
@fun.register
def _(arg: list, verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)
@fun.register(complex)
def _(arg, verbose=False):
    if verbose:
        print("Better than complicated.", end=" ")
    print(arg.real, arg.imag)
def nothing(arg, verbose=False):
    print("Nothing.")
fun.register(type(None), nothing)
fun("Hello, world.")
fun("test.", verbose=True)
fun(42, verbose=True)
fun(['spam', 'spam', 'eggs', 'spam'], verbose=True)
fun(None)
fun(1.23)
fun(2 + 3j, verbose=True)
print(fun.dispatch(float).__name__, fun.dispatch(dict).__name__, fun.dispatch(bool) is fun.dispatch(int))

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        print('Calling decorated function')
        return f(*args, **kwds)
    return wrapper
@my_decorator
def example():
    """Docstring"""
    print('Called example function')
example()
print(example.__name__, example.__doc__, example.__wrapped__.__name__)
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
class Dataset:
    def __init__(self, seq):
        self._data = tuple(seq)
    @functools.cached_property
    def stdev(self):
        print('computing')
        return max(self._data) - min(self._data)
ds = Dataset([3, 9, 1])
print(ds.stdev, ds.stdev, 'stdev' in vars(ds))
