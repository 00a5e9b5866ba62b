from concurrent.futures import ThreadPoolExecutor, Future
import threading
import re

def clean(r):
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", repr(r))

class AppError(Exception):
    pass

gate = threading.Event()
started = threading.Event()

def slow():
    started.set()
    gate.wait()
    return [1, 2, 3]

with ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(slow)
    started.wait()
    pending = ex.submit(str, 5)
    print(clean(running))
    print(clean(pending))
    print(running.running(), pending.running(), pending.done())
    print(pending.cancel(), clean(pending))
    gate.set()
    print(running.result())
    print(clean(running))
    err = ex.submit(lambda: (_ for _ in ()).throw(AppError("nope")))
    try:
        err.result()
    except AppError as e:
        print("caught", e)
    print(clean(err))
    none_fut = ex.submit(lambda: None)
    none_fut.result()
    print(clean(none_fut))

f = Future()
f.set_result({"a": 1})
print(clean(f))
f2 = Future()
f2.set_exception(KeyboardInterrupt())
print(clean(f2))
try:
    f2.result()
except KeyboardInterrupt:
    print("KeyboardInterrupt re-raised")
f3 = Future()
try:
    f3.set_exception(ValueError)
    print(clean(f3), type(f3.exception()).__name__)
except Exception as e:
    print(type(e).__name__, e)
