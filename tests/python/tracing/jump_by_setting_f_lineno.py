# frame.f_lineno set from a 'line' event jumps (pdb's jump); CPython's refusals and their messages.
import sys
out = []
def f():
    x = 1
    y = 2
    if x:
        y = 3
    z = x + y
    return z
def tr(frame, event, arg):
    if frame.f_code.co_name != 'f':
        return tr
    out.append((event, frame.f_lineno))
    base = f.__code__.co_firstlineno
    if event == 'line' and frame.f_lineno == base + 2 and not getattr(tr, 'done', False):
        tr.done = True
        for target in ('x', base - 2, base + 1):
            try:
                frame.f_lineno = target
                out.append(('jumped', target - base))
            except ValueError as e:
                out.append(('ValueError', str(e).replace(str(base - 2), 'N')))
    if event == 'call':
        try:
            frame.f_lineno = base + 1
        except ValueError as e:
            out.append(('ValueError', str(e)))
    return tr
sys.settrace(tr)
print(f())
sys.settrace(None)
for o in out: print(o)
