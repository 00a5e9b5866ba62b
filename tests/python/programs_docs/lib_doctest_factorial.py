# doctest: the factorial example from the doctest documentation, run on its docstring with a captured report.
import doctest
import io
import re
import sys

def factorial(n):
    """Return the factorial of n, an exact integer >= 0.

    >>> [factorial(n) for n in range(6)]
    [1, 1, 2, 6, 24, 120]
    >>> factorial(30)
    265252859812191058636308480000000
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0

    Factorials of floats are OK, but the float must be an exact integer:
    >>> factorial(30.1)
    Traceback (most recent call last):
        ...
    ValueError: n must be exact integer
    >>> factorial(30.0)
    265252859812191058636308480000000

    It must also not be ridiculously large:
    >>> factorial(1e100)
    Traceback (most recent call last):
        ...
    OverflowError: n too large
    """
    import math
    if not n >= 0:
        raise ValueError("n must be >= 0")
    if math.floor(n) != n:
        raise ValueError("n must be exact integer")
    if n+1 == n:
        raise OverflowError("n too large")
    result = 1
    factor = 2
    while factor <= n:
        result *= factor
        factor += 1
    return result

def buggy(x):
    """
    >>> buggy(2)
    4
    >>> buggy(3)
    9
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,  6,  7,  8,  9,
    10,  11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 18, 19]
    >>> buggy('a')  # doctest: +SKIP
    'nonsense'
    """
    return x + x

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for test in finder.find(factorial, 'factorial', globs={'factorial': factorial}):
    print(test.name, len(test.examples), [e.lineno for e in test.examples])
    print(runner.run(test, out=out.write))
print(repr(out.getvalue()))
out = io.StringIO()
for test in finder.find(buggy, 'buggy', globs={'buggy': buggy}):
    print(runner.run(test, out=out.write))
text = re.sub(r'File ".*", line \d+', 'File "X", line N', out.getvalue())
print(text)
print(runner.summarize(verbose=False))
verbose = doctest.DocTestRunner(verbose=True)
out = io.StringIO()
test = doctest.DocTestParser().get_doctest('>>> 1 + 1\n2\n>>> x = 5\n>>> x * 2\n10\n', {}, 'snippet', None, 0)
print(verbose.run(test, out=out.write))
print(out.getvalue(), end='')
print(doctest.script_from_examples('Some text\n>>> 2 + 2\n4\n'))
