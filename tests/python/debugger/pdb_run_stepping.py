# pdb.Pdb.run on code compiled from a string: step, next, until, return, list, where, quit.
# The program's source is put in linecache under '<demo>', so no file path is printed.
import linecache

from pdbsupport import debugger

SRC = '''\
def add(a, b=2, *rest, k=1, **kw):
    total = a + b
    for x in rest:
        total += x
    return total

def main(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    print("sum", s)
    return s

main(3)
'''
linecache.cache['<demo>'] = (len(SRC), None, SRC.splitlines(True), '<demo>')
CODE = compile(SRC, '<demo>', 'exec')


def session(commands):
    debugger(commands).run(CODE, {'__name__': 'demo'})


session("n\nn\nl\ns\nn\nn\nw\nq\n")
session("until\nstep\nnext\nnext\nnext\nnext\n\n\nuntil 12\nreturn\nstep\ncontinue\n")
session("s\ns\ns\nn\nn\ns\nr\nretval\nup\ndown\ndown\nup 5\ndown 5\nbt\nq\n")
session("l 1,3\nl\nl\nl 20\nl .\nl x\nunt x\nq\n")
