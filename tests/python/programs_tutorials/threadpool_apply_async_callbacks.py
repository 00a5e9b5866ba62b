# multiprocessing.pool.ThreadPool with apply_async, callbacks and error callbacks.
import re
import threading
from multiprocessing.pool import ThreadPool

done = []
errors = []
lock = threading.Lock()

def on_done(value):
    with lock:
        done.append(value)

def on_error(exc):
    with lock:
        errors.append(f"{type(exc).__name__}: {exc}")

def risky(n):
    if n % 3 == 0:
        raise ArithmeticError(f"{n} is a multiple of 3")
    return n * 10

pool = ThreadPool(processes=3)
results = [pool.apply_async(risky, (n,), callback=on_done, error_callback=on_error) for n in range(1, 8)]
pool.close()
pool.join()
print("done:", sorted(done))
print("errors:", sorted(errors))
for n, r in enumerate(results, 1):
    print(n, r.ready(), r.successful())
try:
    results[2].get()
except ArithmeticError as e:
    print("get re-raises:", e)

p2 = ThreadPool(1)
ev = threading.Event()
pending = p2.apply_async(ev.wait)
try:
    pending.successful()
except ValueError as e:
    print("ValueError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
try:
    pending.get(timeout=0.01)
except Exception as e:
    print(type(e).__module__, type(e).__name__)
ev.set()
print(pending.get())
p2.close(); p2.join()
try:
    p2.apply_async(print)
except ValueError as e:
    print("ValueError:", e)
