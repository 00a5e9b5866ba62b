import contextlib
import doctest
import io
import os
import sys
import tempfile

SOURCE = '''"""A helper module.

>>> triple(2)
6
"""

__test__ = {
    'extra': """
    >>> triple('ab')
    'ababab'
    """,
    'more': """
    >>> 1 + 1
    3
    """,
}


def triple(x):
    """Three times x.

    >>> triple(1)
    3
    """
    return 3 * x


class Shape:
    """A shape.

    >>> Shape().sides
    0
    """
    sides = 0

    def area(self):
        """
        >>> Shape().area()
        0.0
        """
        return 0.0

    @classmethod
    def make(cls):
        """>>> Shape.make().sides
        0
        """
        return cls()


def undocumented():
    return None

from os.path import join
'''

d = tempfile.mkdtemp()
with open(os.path.join(d, 'shapes_helper.py'), 'w') as f:
    f.write(SOURCE)
sys.path.insert(0, d)
import shapes_helper

for t in doctest.DocTestFinder().find(shapes_helper):
    print(t.name, t.lineno, len(t.examples), os.path.basename(t.filename))
print('--- exclude_empty=False')
for t in doctest.DocTestFinder(exclude_empty=False).find(shapes_helper):
    print(t.name, t.lineno, len(t.examples))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testmod(shapes_helper, verbose=True)
print(buf.getvalue().replace(d, 'DIR'), end='')
print(r)
print(doctest.testsource(shapes_helper, 'shapes_helper.Shape.area'), end='')
print(doctest.master is not None)
del sys.modules['shapes_helper']
os.remove(os.path.join(d, 'shapes_helper.py'))
import shutil
shutil.rmtree(d)
