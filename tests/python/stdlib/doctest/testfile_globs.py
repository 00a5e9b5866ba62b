import contextlib
import doctest
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'example.txt')
with open(path, 'w') as fh:
    fh.write('''Example file
============

>>> base + 1
11
>>> extra
'x'
>>> base * 2
21
''')

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testfile(path, module_relative=False, globs={'base': 10}, extraglobs={'extra': 'x'})
print(buf.getvalue().replace(path, 'PATH'), end='')
print(r)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testfile(path, module_relative=False, name='named', verbose=True,
                         globs={'base': 10}, extraglobs={'extra': 'x'})
print(buf.getvalue().replace(path, 'PATH'), end='')
print(r)


def g():
    """
    >>> y
    5
    """


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = doctest.testmod(extraglobs={'y': 5}, name='renamed')
print(buf.getvalue(), r)
try:
    doctest.testmod(raise_on_error=True, globs={})
except doctest.UnexpectedException as e:
    print('raised', e.exc_info[0].__name__, e.test.name)
try:
    doctest.testmod('not a module')
except TypeError as e:
    print(e)
os.remove(path)
os.rmdir(d)
