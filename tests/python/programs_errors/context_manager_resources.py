# Resource handling with context managers: cleanup order, suppression and errors from __exit__.
import contextlib

log = []

class Resource:
    def __init__(self, name, fail_on_enter=False, fail_on_exit=False, suppress=False):
        self.name, self.fail_on_enter, self.fail_on_exit, self.suppress = name, fail_on_enter, fail_on_exit, suppress
    def __enter__(self):
        if self.fail_on_enter:
            raise ConnectionError(f"{self.name}: cannot open")
        log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_exit:
            raise OSError(f"{self.name}: close failed")
        return self.suppress

def scenario(title, body):
    log.clear()
    try:
        body()
        outcome = "completed"
    except Exception as e:
        ctx = f" (context: {type(e.__context__).__name__}: {e.__context__})" if e.__context__ else ""
        outcome = f"{type(e).__name__}: {e}{ctx}"
    print(f"{title}: {outcome}")
    for line in log:
        print("   ", line)

def nested_ok():
    with Resource("db") as db, Resource("cache"):
        log.append(f"using {db.name}")

def body_fails():
    with Resource("db"), Resource("cache"):
        raise KeyError("user 42")

def enter_fails():
    with Resource("db"), Resource("net", fail_on_enter=True):
        log.append("never")

def exit_fails():
    with Resource("db"), Resource("file", fail_on_exit=True):
        raise ValueError("bad row")

def suppressed():
    with Resource("db"), Resource("quiet", suppress=True):
        raise RuntimeError("hidden")
    log.append("after with")

def exit_stack():
    with contextlib.ExitStack() as stack:
        for name in ["a", "b", "c"]:
            stack.enter_context(Resource(name, fail_on_exit=(name == "b")))
        stack.callback(log.append, "callback ran")

def not_a_cm():
    with 42:
        pass

def half_cm():
    class OnlyEnter:
        def __enter__(self):
            return self
    with OnlyEnter():
        pass

for title, body in [("nested ok", nested_ok), ("body fails", body_fails), ("enter fails", enter_fails),
                    ("exit fails", exit_fails), ("suppressed", suppressed), ("exit stack", exit_stack),
                    ("not a cm", not_a_cm), ("half cm", half_cm)]:
    scenario(title, body)

@contextlib.contextmanager
def transaction(name):
    log.append(f"begin {name}")
    try:
        yield name
    except ZeroDivisionError:
        log.append(f"rollback {name}")
        raise
    else:
        log.append(f"commit {name}")

def tx_ok():
    with transaction("t1"):
        pass
def tx_fail():
    with transaction("t2"):
        1 / 0
scenario("tx ok", tx_ok)
scenario("tx fail", tx_fail)
with Resource("final", fail_on_exit=True):
    pass
