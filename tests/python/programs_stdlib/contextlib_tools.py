import contextlib, io, sys, os

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["k"]
print("after swallow")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print("names", names)
with contextlib.ExitStack() as stack:
    stack.callback(print, "first registered")
    s2 = stack.pop_all()
print("pop_all moved it")
s2.close()
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print("null", v)
@tag("deco")
def decorated():
    print("in decorated")
decorated()
class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self
    def __exit__(self, *exc):
        print("exit timer", exc[0].__name__ if exc[0] else None)
        return False
@Timer()
def work():
    print("working")
work()
class AC(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("AC exit")
with AC() as ac:
    print(type(ac).__name__)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push exit", exc[0]) or True)
    raise TypeError("hidden")
print("exit stack suppressed")
cwd = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == cwd)
