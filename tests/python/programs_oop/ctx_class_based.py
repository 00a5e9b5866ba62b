class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} {tb is not None}")
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as o, Resource("inner", True) as i:
    print("both", o.name, i.name)
    1 / 0
print("after nested")

def f():
    with Resource("ret"):
        return "returned"
print(f())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.snapshot = list(self.log)
        return self.log
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.log[:] = self.snapshot
            print("rolled back due to", et.__name__)
        return False
t = Transaction()
with t as log:
    log.append(1)
try:
    with t as log:
        log.append(2)
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(t.log)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise IndexError
print("suppressed by truthy string")
with Resource("final"):
    raise LookupError("unhandled")
