# pdb in generators and coroutines: next, until and return across yields, the end of a
# generator (Internal StopIteration), stepping everywhere, and a Pdb that skips modules.
import io
import sys

import pdb
from pdbsupport import FilteredStdout, debugger, load

ns = load('gens', '''\
def gen(n):
    for i in range(n):
        x = i * 2
        yield x
    return 'end'

def consume():
    out = []
    for v in gen(3):
        out.append(v)
    g = gen(1)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        out.append(e.value)
    return out

async def co():
    return 5

def run_co():
    c = co()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
''')
print(debugger("b 3\nc\nn\nn\nn\nn\nr\nr\nr\nc\n").runcall(ns['consume']))
print(debugger("b 4\nc\nunt\nunt\nunt\nunt\ncl 1\nc\n").runcall(ns['consume']))
print(debugger("\n".join(['s'] * 45) + "\nc\n").runcall(ns['consume']))
print(debugger("\n".join(['s'] * 12) + "\nc\n").runcall(ns['run_co']))
p = pdb.Pdb(stdin=io.StringIO("\n".join(["s"] * 12) + "\nc\n"), stdout=FilteredStdout(),
            nosigint=True, readrc=False, skip=["g*"])
print(p.runcall(ns['consume']))
