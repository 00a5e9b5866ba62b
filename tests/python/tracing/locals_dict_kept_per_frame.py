# A function's locals() and frame.f_locals are one dict per frame, refreshed at each call (CPython
# 3.11); a trace function's writes to f_locals reach the variables; sys.call_tracing.
import sys


def same_dict():
    a = locals()
    b = 1
    c = locals()
    return a is c, sorted(a)


print(same_dict())


def refreshed():
    x = 1
    fr = sys._getframe()
    d = fr.f_locals
    d['x'] = 99          # not written back without a trace function...
    d['extra'] = 'kept'  # ...and names that are not variables stay in the dict
    return x, fr.f_locals is d, d['x'], d['extra']


print(refreshed())


def target():
    x = 1
    y = x + 1
    return x, y


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        if event == 'line' and frame.f_lineno == target.__code__.co_firstlineno + 2:
            frame.f_locals['x'] = 41   # before 'y = x + 1' runs
        return tracer
    return None


sys.settrace(tracer)
print(target())
sys.settrace(None)


def documented():
    "a docstring runs no code"
    return 'ok'


lines = []


def count_lines(frame, event, arg):
    if event == 'line':
        lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return count_lines


sys.settrace(count_lines)
documented()
sys.settrace(None)
print(lines, documented.__doc__)


def inner_tracer(frame, event, arg):
    print("inner", event, frame.f_code.co_name)
    return None


def traced_run(n):
    # what pdb's 'debug' command does: a second debugger installs itself and runs code
    sys.settrace(inner_tracer)
    try:
        return helper(n)
    finally:
        sys.settrace(None)


def outer_tracer(frame, event, arg):
    if frame.f_code.co_name == 'victim' and event == 'call':
        print("call_tracing ->", sys.call_tracing(traced_run, (5,)))
        print("outer still set:", sys.gettrace() is outer_tracer)
    return None


def helper(n):
    return n * 2


def victim():
    return 1


sys.settrace(outer_tracer)
victim()
sys.settrace(None)
try:
    sys.call_tracing(helper, [1])
except TypeError as e:
    print("TypeError:", e)
