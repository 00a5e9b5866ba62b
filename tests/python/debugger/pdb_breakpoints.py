# Breakpoints in pdb: break by line, by function, with a condition; tbreak, condition,
# ignore, enable, disable, clear, commands, and the errors each reports.
import bdb
import pdb

from pdbsupport import debugger, load

SRC = '''\
def gen(n):
    for i in range(n):
        yield i * i

def risky(x):
    y = x * 2
    if y > 4:
        raise ValueError("too big: %d" % y)
    return y

def outer(vals):
    out = []
    for v in vals:
        try:
            out.append(risky(v))
        except ValueError as e:
            out.append(str(e))
    total = sum(gen(3))
    return out, total
'''
ns = load('demo2', SRC)
outer = ns['outer']


print(debugger("b risky\ncommands\np x\nend\nc\nc\nc\n").runcall(outer, [1, 2]))
print(debugger("b 6, x == 2\nignore 1 0\nc\np x\ncondition 1\nignore 1 1\nc\nc\nb\ncl 1\nc\n")
      .runcall(outer, [1, 2, 3, 4]))
print(debugger("b 6\ndisable 1\nb 19\nc\nenable 1\nb\ndisable 5\nenable x\nclear 9\n"
               "clear <demo2>:6\nclear <demo2>:7\nclear <demo2>:x\nc\n").runcall(outer, [1]))
print(debugger("tbreak 19\ncommands 1\ncommands\nsilent\np out\nc\ncommands 99\nc\n")
      .runcall(outer, [2]))
print(debugger("b 99\nb 4\nb 10\nb nosuch\nb 'risky'\nb risky, y > 2\nb\ncondition 2 x > 1\n"
               "condition\ncondition x\nignore\nignore 2 3\nignore 2 1\nb\nc\nc\n")
      .runcall(outer, [1, 2, 3]))
print(debugger("b 8\nb 6\ncommands 2\nsilent\np 'at 6', x\ncontinue\nc\nw\nq\n")
      .runcall(outer, [1, 5]))
