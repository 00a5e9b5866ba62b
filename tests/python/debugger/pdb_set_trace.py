# pdb.Pdb().set_trace() in a function and at module level, pdb.set_trace(header=...), and
# breakpoint() (sys.breakpointhook, PYTHONBREAKPOINT) reading its commands from sys.stdin.
import io
import os
import sys

import pdb
from pdbsupport import FilteredStdout, load


def traced():
    a = 1
    p = pdb.Pdb(stdin=io.StringIO("n\np a\nn\nw\nc\n"), stdout=FilteredStdout(),
                nosigint=True, readrc=False)
    p.set_trace()
    a = 2
    b = a * 3
    return b


print(traced())


def helper():
    return 5


p = pdb.Pdb(stdin=io.StringIO("s\nn\nn\nn\nc\n"), stdout=FilteredStdout(), nosigint=True,
            readrc=False)
p.set_trace()
q = helper()
print(q)
sys.settrace(None)

ns = load('bp', '''\
def f(n):
    total = 0
    for i in range(n):
        breakpoint()
        total += i
    return total
''')


def with_stdin(commands, func, *args):
    """Run func with sys.stdin holding the commands and sys.stdout filtered."""
    saved = sys.stdin, sys.stdout
    sys.stdin = io.StringIO(commands)
    sys.stdout = FilteredStdout(saved[1])
    try:
        return func(*args)
    finally:
        sys.stdin, sys.stdout = saved


print(with_stdin("p i, total\nc\np i, total\nn\nn\nn\np total\nc\n", ns['f'], 2))
os.environ['PYTHONBREAKPOINT'] = '0'
print(with_stdin("", ns['f'], 3))
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(with_stdin("", ns['f'], 2))
del os.environ['PYTHONBREAKPOINT']
print(sys.breakpointhook is sys.__breakpointhook__)


def header_demo():
    pdb.set_trace(header='-- stopping here --')
    return 'after'


print(with_stdin("n\nrv\nn\nretval\nc\n", header_demo))
