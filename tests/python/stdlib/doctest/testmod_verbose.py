import contextlib
import doctest
import io


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    >>> c.bump(); c.bump()
    2
    3
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """Add one.

        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n

    @staticmethod
    def zero():
        """>>> Counter.zero()
        0
        """
        return 0

    @property
    def value(self):
        """The value.

        >>> Counter().value
        0
        """
        return self.n


def square(x):
    """
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> for i in range(2):
    ...     square(i)
    0
    1
    >>> square(3) == 9
    True
    """
    return x * x


def undocumented():
    pass


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testmod(verbose=True)
print(buf.getvalue().replace(__file__, "FILE"), end="")
print(result)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testmod(verbose=False, report=False)
print(repr(buf.getvalue().replace(__file__, 'FILE')), result)
