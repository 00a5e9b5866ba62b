# Futures from ThreadPoolExecutor.submit: states, result(), exception(), done() and repr without addresses.
import re
import threading
from concurrent.futures import ThreadPoolExecutor, Future

def clean(r):
    return re.sub(r" at 0x[0-9a-f]+", "", r)

gate = threading.Event()

def slow_square(x):
    gate.wait()
    return x * x

def fails(x):
    raise KeyError(x)

with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(slow_square, 7)
    f2 = ex.submit(fails, "missing")
    f2.exception()
    print("f1 done before gate:", f1.done(), f1.running(), f1.cancelled())
    print(clean(repr(f2)))
    gate.set()
    print("f1 result:", f1.result())
    print(clean(repr(f1)))
    print("f2 exception:", repr(f2.exception()))
    try:
        f2.result()
    except KeyError as e:
        print("re-raised KeyError:", e)

f = Future()
print(clean(repr(f)))
print("set_running:", f.set_running_or_notify_cancel())
print(clean(repr(f)))
f.set_result({"answer": 42})
print(clean(repr(f)))
print(f.result(), f.exception())
from concurrent.futures import InvalidStateError
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", clean(str(e)))
g = Future()
g.set_exception(ValueError("bad"))
print(clean(repr(g)))
print(type(g.exception()).__name__, g.done())
