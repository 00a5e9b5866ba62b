# pdb's 'interact': an interactive console (reading sys.stdin) over a copy of the current
# frame's globals and locals; assignments there do not reach the frame.
import io
import sys

from pdbsupport import debugger, load

ns = load('inter', '''\
def outer(v):
    r = v * 2
    return r
''')
saved = sys.stdin
sys.stdin = io.StringIO("print(v * 10)\nv = 99\nprint('v is', v)\n")
try:
    print(debugger("n\ninteract\np v\nc\n").runcall(ns['outer'], 3))
finally:
    sys.stdin = saved
