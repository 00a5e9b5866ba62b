import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, redirect_stderr
import io, sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("content", t)
with tag("div"):
    raise ValueError("bad")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print(type(e).__name__, e)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "abc"]
    stack.callback(print, "callback ran", 1, x=2)
    print(names)

def cleanup(*a):
    print("cleanup", a)
with ExitStack() as stack:
    stack.callback(cleanup, "first")
    stack.push(lambda *exc: print("push saw", exc[0]))
    moved = stack.pop_all()
print("stack closed; moved not yet")
moved.close()

class Thing:
    def close(self):
        print("closing thing")
with closing(Thing()) as th:
    print(type(th).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext():
    print("null ok")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

@contextmanager
def as_decorator():
    print("before")
    yield
    print("after")
@as_decorator()
def work():
    print("working")
work()
work()

class MyCtx(contextlib.ContextDecorator):
    def __enter__(self):
        print("MyCtx enter")
        return self
    def __exit__(self, *exc):
        print("MyCtx exit")
        return False
@MyCtx()
def job(x):
    return x * 2
print(job(21))

class Abstract(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("abstract exit")
with Abstract() as ab:
    print(type(ab).__name__)
with ExitStack() as st:
    st.enter_context(suppress(ValueError))
    raise ValueError("inside stack")
print("stack suppressed")
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
with contextlib.chdir("/") if hasattr(contextlib, "chdir") else nullcontext():
    import os
    print(os.getcwd())
