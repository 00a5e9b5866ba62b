from contextlib import contextmanager, ExitStack, suppress, chdir, AbstractContextManager
import os, tempfile

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
    def __repr__(self):
        return f"{self.name}:{self.balance}"

@contextmanager
def transaction(*accounts):
    snapshot = [(a, a.balance) for a in accounts]
    try:
        yield
        print("commit", accounts)
    except Exception as e:
        for a, bal in snapshot:
            a.balance = bal
        print(f"rollback ({type(e).__name__}: {e})", accounts)
        raise

def transfer(src, dst, amount):
    with transaction(src, dst):
        src.balance -= amount
        if src.balance < 0:
            raise ValueError(f"insufficient funds in {src.name}")
        dst.balance += amount

a, b = Account("a", 100), Account("b", 50)
transfer(a, b, 30)
try:
    transfer(a, b, 500)
except ValueError as e:
    print("failed:", e)
print(a, b)

class Indenter(AbstractContextManager):
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, et, ev, tb):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back")

@contextmanager
def opened(path, log):
    log.append(f"open {os.path.basename(path)}")
    f = open(path, "w")
    try:
        yield f
    finally:
        f.close()
        log.append(f"close {os.path.basename(path)}")

with tempfile.TemporaryDirectory() as tmp:
    log = []
    with ExitStack() as stack:
        files = [stack.enter_context(opened(os.path.join(tmp, f"f{i}.txt"), log)) for i in range(3)]
        for i, f in enumerate(files):
            f.write("x" * i)
    print(log)
    print(sorted((n, os.path.getsize(os.path.join(tmp, n))) for n in os.listdir(tmp)))
    before = os.getcwd()
    with chdir(tmp):
        print(sorted(os.listdir(".")))
    print(os.getcwd() == before)

with suppress(FileNotFoundError):
    os.remove("/nonexistent/definitely/not/here")
    print("not reached")
print("done")

@contextmanager
def reraise_as():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"wrapped {e}") from e
try:
    with reraise_as():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
cm = transaction(a)
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
with transaction(a, b):
    a.balance = -1
    raise KeyError("oops")
