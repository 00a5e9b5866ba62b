# pdb's 'debug' command: a recursive debugger, prompt '((Pdb)) ', stepping through an
# expression in the current frame's namespaces, then back to the outer debugger.
from pdbsupport import debugger, load

ns = load('dbg', '''\
def risky(x):
    y = x * 2
    return y

def outer(v):
    r = risky(v)
    return r
''')
print(debugger("debug risky(1)\ns\nn\nw\nc\nn\nc\n").runcall(ns['outer'], 1))
print(debugger("debug risky(v) + 1\nn\nc\nc\n").runcall(ns['outer'], 2))
print(debugger("debug 1/0\nc\nc\n").runcall(ns['outer'], 3))
print(debugger("debug )\nc\n").runcall(ns['outer'], 4))
