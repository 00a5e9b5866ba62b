from contextlib import (contextmanager, ExitStack, suppress, redirect_stdout, redirect_stderr, nullcontext,
                        closing, AbstractContextManager, ContextDecorator)
import io, sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

with tag("outer"), tag("inner") as x:
    print("x =", x)

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    {}["missing"]
print("after swallow")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
    print("also hidden", end="!")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y", "z")]
    stack.callback(print, "callback ran", 1, 2)
    print(names)

def cleanup(exc_type, exc, tb):
    print("exit cb", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise RuntimeError("gone")
print("exitstack suppressed")

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("stack closed, moved still open")
moved.close()

class Timer(AbstractContextManager):
    def __exit__(self, *exc):
        print("timer exit", exc[0])
        return None
with Timer() as tm:
    print(type(tm).__name__)

class announce(ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *exc):
        print("exit"); return False
@announce()
def work(x):
    print("working", x)
    return x + 1
print(work(1))

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with ExitStack() as s:
        s.enter_context(3)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(io.StringIO, AbstractContextManager))
