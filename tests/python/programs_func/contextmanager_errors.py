from contextlib import contextmanager, ExitStack, suppress
import sys

@contextmanager
def step(name, fail_on_exit=False):
    print(f"enter {name}")
    try:
        yield name
    except Exception as e:
        print(f"{name} saw {type(e).__name__}: {e}")
        raise
    else:
        print(f"{name} clean exit")
    finally:
        print(f"leave {name}")
        if fail_on_exit:
            raise RuntimeError(f"{name} failed while exiting")

with step("a"), step("b") as b:
    print("body with", b)

try:
    with step("outer"):
        with step("inner"):
            raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))

try:
    with step("x", fail_on_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    log.append("bad work")
    raise IOError("disk full")
print(log)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, f"cleanup {i}")
    print("stack body")

def failing_cleanup():
    raise OSError("cleanup failed")

try:
    with ExitStack() as stack:
        stack.callback(print, "runs even though a later callback fails")
        stack.callback(failing_cleanup)
        raise ValueError("body failed")
except OSError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

with suppress(ZeroDivisionError):
    with step("suppressed"):
        1 / 0
print("after suppress")

@contextmanager
def reraise_as(new_type):
    try:
        yield
    except Exception as e:
        raise new_type(str(e)) from e

try:
    with reraise_as(LookupError):
        [][1]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

cm = step("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)

class Managed:
    def __enter__(self):
        print("Managed enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("Managed exit", exc_type.__name__ if exc_type else None, tb is not None)
        return isinstance(exc, KeyError)

with Managed():
    raise KeyError("swallowed by __exit__")
print("continuing")
with Managed():
    raise TypeError("not swallowed")
