# Trace events of generators (resumed in a loop body, while loops, returning a value into a for loop), a
# generator expression, 'global' (no event), and a call of a module CPython writes in C (no frames).
import sys, datetime
ev = []
def tr(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), arg[2] is None)
    elif not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    ev.append((frame.f_code.co_name, event, frame.f_lineno - 2, arg))
    return tr
def g():
    for i in range(2):
        yield i
        y = i
def g2():
    yield 1
    return 'end'
def w():
    n = 0
    while n < 2:
        yield n
        n += 1
def gen(n):
    yield n
def use():
    global Z
    Z = 1
    for v in g2():
        pass
    s = sum(v for v in gen(1))
    return list(g()) + list(w())
f = lambda: datetime.date(2020,1,2) + datetime.timedelta(days=1)
sys.settrace(tr); use(); f(); sys.settrace(None)
for e in ev: print(e)
