import sys
out = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith('_skip'):
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    elif event == 'return' and not isinstance(arg, (int, str, type(None), tuple, list)):
        a = type(arg).__name__
    out.append("%s %s %d %r" % (name, event, frame.f_lineno, a))
    return tracer

def oneline(n):
    t = 0
    for i in range(n): t += i
    a = 1; b = 2
    return t + a + b

def wh(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
    else:
        i = -i
    return i

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def withs():
    with CM() as c:
        x = 1
    return x

def inner():
    raise KeyError('k')

def outer():
    try:
        inner()
    except KeyError as e:
        r = 'caught'
    finally:
        r2 = 'fin'
    return r

def propagate():
    inner()

def gen(n):
    for i in range(n):
        yield i * 2

def comp():
    xs = [i * i for i in range(3)]
    ys = list(x for x in xs if x)
    return xs, ys

def _skip_me():
    return 5

def calls_skip():
    v = _skip_me()
    return v

def matcher(v):
    match v:
        case 1:
            return 'one'
        case [a, b]:
            return 'pair'
        case _:
            return 'other'

def brk():
    for i in range(5):
        if i == 1:
            break
    return i

sys.settrace(tracer)
oneline(3)
wh(3)
withs()
outer()
try:
    propagate()
except KeyError:
    pass
list(gen(2))
comp()
calls_skip()
matcher([1, 2])
matcher(7)
brk()
lam = lambda x: x + 1
lam(1)
sys.settrace(None)
print("\n".join(out))
