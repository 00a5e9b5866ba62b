import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("text")

@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError, IndexError):
    {}["missing"]
print("continued")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped", e)

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("after suppress")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

with contextlib.nullcontext(42) as v:
    print("nullcontext gave", v)
with contextlib.nullcontext() as v:
    print("nullcontext gave", v)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with contextlib.closing(Resource("db")) as r:
    print("using", r.name)

with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2", end="!\n")
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    print("entered", names)

def cleanup(label):
    print("cleanup", label)

with contextlib.ExitStack() as stack:
    stack.callback(cleanup, "first")
    saved = stack.pop_all()
    print("pop_all done")
print("stack exited")
saved.close()

with contextlib.ExitStack() as stack:
    @stack.callback
    def done():
        print("decorated callback")
    print("decorated", done.__name__)

def exit_suppresser(exc_type, exc, tb):
    print("exit handler sees", exc_type.__name__ if exc_type else None)
    return True

with contextlib.ExitStack() as stack:
    stack.push(exit_suppresser)
    raise ValueError("hidden")
print("suppressed by push")

@contextlib.contextmanager
def broken():
    yield
    yield

try:
    with broken():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@tag("decorated")
def func():
    print("in func")
func()

class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter Ctx")
        return self
    def __exit__(self, *exc):
        print("exit Ctx", exc[0])
        return False

@Ctx()
def work(x):
    print("work", x)
    return x * 2
print(work(4))

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("Managed exit")
with Managed() as m:
    print(type(m).__name__)
print(isinstance(io.StringIO(), contextlib.AbstractContextManager))
