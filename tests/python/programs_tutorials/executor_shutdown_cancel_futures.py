# shutdown(wait=True, cancel_futures=True) drops the queued work (3.9+).
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()
def first():
    started.set()
    gate.wait()
    return "first finished"

ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
f0 = ex.submit(first)
started.wait()
queued = [ex.submit(pow, 2, n) for n in range(5)]
threading.Timer(0.02, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(f0.result())
print("queued cancelled:", [q.cancelled() for q in queued])
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(2) as ex2:
    fs = [ex2.submit(sum, range(n)) for n in (10, 100, 1000)]
print("after with:", [f.result() for f in fs])
try:
    with ThreadPoolExecutor(2) as ex3:
        ok = ex3.submit(len, "abc")
        raise RuntimeError("body failed")
except RuntimeError as e:
    print("body error:", e, "future still ran:", ok.result())
