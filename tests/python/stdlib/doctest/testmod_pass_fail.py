"""Module docstring.

>>> 1 + 1
2
"""
import contextlib
import doctest
import io


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    """
    return a + b


def wrong(x):
    """Doubles, but the docstring is wrong.

    >>> wrong(2)
    5
    >>> wrong(0)
    >>> print('hi')
    >>> wrong(3)
    6
    """
    return x * 2


def quiet():
    """
    >>> quiet()
    """
    print("noise")


def no_examples():
    """Just text."""


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testmod()
print(buf.getvalue().replace(__file__, "FILE"), end="")
print(result)
print(result.failed, result.attempted, type(result).__name__)
