# pdb post mortem on a caught exception's traceback: where, up, down, list ('>>' marks the
# line the exception passed), ll, args, p.
import pdb

from pdbsupport import debugger, load

SRC = '''\
def parse(text):
    numbers = []
    for part in text.split(','):
        numbers.append(int(part))
    return numbers

def average(text):
    numbers = parse(text)
    return sum(numbers) / len(numbers)

def report(texts):
    for t in texts:
        print(t, average(t))

def ratio(x):
    try:
        return 1 / x
    finally:
        done = True
'''
ns = load('pm', SRC)


def post_mortem(commands, *args):
    try:
        ns['report'](*args)
    except Exception as e:
        print('caught', type(e).__name__, e)
        p = debugger(commands)
        p.reset()
        # The caught traceback starts in this function: drop that frame so no path is shown.
        p.interaction(None, e.__traceback__.tb_next)


post_mortem("w\nl\nu\nl\nu\nll\np t\nu\nd 2\nd\ndown\np text\na\nq\n", ['1,2', '3,x'])
post_mortem("bt\nu 10\np texts\nup\nd 10\nl 1,3\nq\n", ['1', ''])
# The frame went on to its finally clause: '->' marks where it ended, '>>' where the
# exception passed.
try:
    ns['ratio'](0)
except ZeroDivisionError as e:
    p = debugger("l 14,20\nll\np done\nq\n")
    p.reset()
    p.interaction(None, e.__traceback__.tb_next)
try:
    pdb.post_mortem(None)
except ValueError as e:
    print('ValueError', e)
