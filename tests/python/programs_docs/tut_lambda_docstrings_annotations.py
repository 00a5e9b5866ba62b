# Tutorial 4.8.6-4.8.8: lambda expressions, documentation strings, function annotations.
def make_incrementor(n):
    return lambda x: x + n

f = make_incrementor(42)
print(f(0), f(1))
pairs = [(1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')]
pairs.sort(key=lambda pair: pair[1])
print(pairs)

def my_function():
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass

print(my_function.__doc__)
import inspect
print(inspect.getdoc(my_function))

def f(ham: str, eggs: str = 'eggs') -> str:
    print("Annotations:", f.__annotations__)
    print("Arguments:", ham, eggs)
    return ham + ' and ' + eggs

print(f('spam'))
print(f.__defaults__, f.__name__, f.__qualname__)
print(inspect.signature(f))
print((lambda: 0).__name__, make_incrementor(1).__qualname__)
