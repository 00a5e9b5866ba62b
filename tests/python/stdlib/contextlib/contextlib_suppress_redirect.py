# suppress, redirect_stdout, redirect_stderr
import contextlib, io, sys

with contextlib.suppress(KeyError, IndexError):
    [][1]
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured line')
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print('o1')
    with contextlib.redirect_stdout(inner):
        print('i1')
    print('o2')
print(repr(outer.getvalue()), repr(inner.getvalue()))
