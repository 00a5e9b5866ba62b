# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts.
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED)

hold = threading.Event()
def waits(x):
    hold.wait()
    return x
def instant(x):
    return x
def boom(x):
    raise OSError(x)

with ThreadPoolExecutor(max_workers=4) as ex:
    fast = ex.submit(instant, "fast")
    slow = [ex.submit(waits, i) for i in range(2)]
    done, not_done = wait([fast] + slow, return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    err = ex.submit(boom, "disk")
    done, not_done = wait(slow + [err], return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in done], len(not_done))
    done, not_done = wait(slow, timeout=0.02)
    print("timeout:", len(done), len(not_done))
    hold.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print("all completed:", sorted(f.result() for f in done), len(not_done))
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
done, not_done = wait([])
print(done, not_done)
