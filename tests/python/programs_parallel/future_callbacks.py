from concurrent.futures import ThreadPoolExecutor, Future, CancelledError, TimeoutError as FTimeout
import concurrent.futures
import threading
import re

log = []
lock = threading.Lock()

def record(fut):
    with lock:
        if fut.cancelled():
            log.append("cancelled")
        elif fut.exception():
            log.append(f"error:{fut.exception()}")
        else:
            log.append(f"ok:{fut.result()}")

with ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(4):
        f = ex.submit(lambda x: x * 10, i)
        f.add_done_callback(record)
    f = ex.submit(lambda: 1 / 0)
    f.add_done_callback(record)
print(sorted(log))

f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(("cb2-immediate", fut.result())))
print(calls)
print(f.result(), f.done())

f2 = Future()
print(f2.cancel(), f2.cancelled(), f2.done())
try:
    f2.result()
except CancelledError as e:
    print(type(e).__name__, repr(e))
try:
    f2.exception()
except CancelledError:
    print("exception() also raises CancelledError")

f3 = Future()
f3.set_running_or_notify_cancel()
print(f3.running(), f3.cancel())
f3.set_exception(KeyError("k"))
try:
    f3.result()
except KeyError as e:
    print(type(e).__name__, e)

f4 = Future()
try:
    f4.result(timeout=0.01)
except FTimeout as e:
    print(type(e).__name__, e, FTimeout is TimeoutError)
try:
    f4.exception(timeout=0)
except concurrent.futures.TimeoutError:
    print("exception timeout")

def clean(r):
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", r)
print(clean(repr(Future())))
print(clean(repr(f)))
print(clean(repr(f2)))
print(clean(repr(f3)))

def bad_cb(fut):
    raise RuntimeError("callback failed")
f5 = Future()
f5.add_done_callback(bad_cb)
f5.add_done_callback(lambda fut: print("second callback still runs", fut.result()))
f5.set_result("v")
try:
    f5.set_result("again")
except concurrent.futures.InvalidStateError as e:
    print(type(e).__name__, clean(str(e)))
