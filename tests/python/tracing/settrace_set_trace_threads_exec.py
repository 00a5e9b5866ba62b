import sys, threading
out = []
def mk(tag):
    def tracer(frame, event, arg):
        if event == 'exception':
            arg = arg[0].__name__
        elif not isinstance(arg, (int, str, type(None))):
            arg = type(arg).__name__
        if frame.f_code.co_filename == __file__:  # this program's frames only, not threading's
            out.append("%s %s %s %d %r" % (tag, frame.f_code.co_name, event, frame.f_lineno, arg))
        return tracer
    return tracer

def work():
    a = 1
    b = a + 1
    return b

# set_trace style: mark the running frames, then install the global function
def set_trace_here():
    t = mk("st")
    f = sys._getframe().f_back
    while f:
        f.f_trace = t
        f = f.f_back
    sys.settrace(t)

def driver():
    x = 1
    set_trace_here()
    y = x + 1
    work()
    sys.settrace(None)
    z = 3
    return y

driver()

# a trace function that raises: tracing ends, the error reaches the traced code
def bad(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        raise RuntimeError("boom in tracer")
    return bad
def victim():
    q = 1
    return q
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    out.append("caught %s; gettrace is None: %s" % (e, sys.gettrace() is None))
sys.settrace(None)

# settrace(None) inside the hook takes effect after the hook
def once(frame, event, arg):
    out.append("once %s %s %s" % (frame.f_code.co_name, event, sys.gettrace() is once))
    sys.settrace(None)
    return None
sys.settrace(once)
work()
work()
out.append("after once: %s" % (sys.gettrace(),))

# f_trace_lines = False: no line events, still return
def nolines(frame, event, arg):
    frame.f_trace_lines = False
    out.append("nl %s %s %d" % (frame.f_code.co_name, event, frame.f_lineno))
    return nolines
sys.settrace(nolines)
work()
sys.settrace(None)

# threading.settrace: threads started afterwards are traced
threading.settrace(mk("th"))
th = threading.Thread(target=work)
th.start(); th.join()
threading.settrace(None)
out.append("main thread trace: %s" % (sys.gettrace(),))

# class bodies, genexpr, yield from, exec'd module code
def sub():
    yield 1
    yield 2
def deleg():
    yield from sub()
    r = sum(i for i in range(2))
    return r
sys.settrace(mk("g"))
class K:
    a = 1
    def m(self):
        return self.a
K().m()
list(deleg())
exec(compile("u = 1\nv = u + 1\n", "<demo>", "exec"), {})
sys.settrace(None)
print("\n".join(out))
