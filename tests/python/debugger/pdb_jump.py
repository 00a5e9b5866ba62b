# pdb's 'jump': running a line again (back) or skipping lines (forward) in the bottom frame,
# and jumps refused (before the frame's code, not a number, from a frame above the bottom one).
from pdbsupport import debugger, load

ns = load('jmp', '''\
def count(n):
    total = 0
    total += n
    total += 10
    for i in range(2):
        total += i
    total += 100
    return total

def caller():
    return count(1)
''')
print(debugger("n\nn\njump 3\nn\np total\nn\nc\n").runcall(ns['count'], 1))
print(debugger("n\njump 7\nn\np total\nc\n").runcall(ns['count'], 1))
print(debugger("jump 0\njump two\nc\n").runcall(ns['count'], 1))
print(debugger("s\ns\nu\njump 10\nd\nn\njump 4\nn\np total\nc\n").runcall(ns['caller']))
