# sys.addaudithook and sys.audit (PEP 578): hooks see the program's events and some of the
# interpreter's own (open, compile, builtins.input is not exercised: no stdin here, os.system).
import os
import sys
import tempfile

seen = []


def hook(event, args):
    if event in ('open', 'compile', 'exec', 'os.system', 'sys.addaudithook') or event.startswith('demo.'):
        if event == 'open':
            if not str(args[0]).endswith('data.txt'):
                return  # tempfile's own opens have random names
            args = (os.path.basename(args[0]),) + args[1:]
        elif event == 'compile':
            args = (type(args[0]).__name__, args[1])
        elif event == 'exec':
            if args[0].co_filename != '<string>':
                return  # modules imported here (CPython sends exec for each)
            args = (type(args[0]).__name__,)
        seen.append((event, args))


sys.addaudithook(hook)
sys.audit('demo.event', 1, 'two', None)
sys.audit('demo.noargs')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.txt')
    for mode in ('w', 'rb', 'a+', 'r+b', 'x' if False else 'r'):
        open(path, mode).close()
compile('1 + 1', 'demo.py', 'eval')
exec('y = 2')
print('eval:', eval('3 * 4'))
os.system('true')


def veto(event, args):
    if event == 'demo.forbidden':
        raise RuntimeError('not allowed: ' + event)


sys.addaudithook(veto)
try:
    sys.audit('demo.forbidden', 42)
except RuntimeError as e:
    print('vetoed:', e)


def refuser(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(refuser)
sys.addaudithook(lambda e, a: print('never added'))  # refused silently: refuser raises RuntimeError
sys.audit('demo.last')
for e in seen:
    print(e)
for bad in ((), (1,)):
    try:
        sys.audit(*bad)
    except TypeError as e:
        print('TypeError:', e)
