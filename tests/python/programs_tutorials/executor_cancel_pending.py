# Cancelling futures that have not started yet; running ones cannot be cancelled.
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

release = threading.Event()
started = threading.Event()

def blocker():
    started.set()
    release.wait()
    return "blocker done"

def quick(n):
    return n * 2

ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker)
started.wait()
pending = [ex.submit(quick, n) for n in range(4)]
print("cancel running:", running.cancel())
print("cancel pending:", [p.cancel() for p in pending[::2]])
print("states:", [(p.cancelled(), p.done()) for p in pending])
release.set()
print(running.result())
print("survivors:", [p.result() for p in pending if not p.cancelled()])
try:
    pending[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    pending[0].exception()
except CancelledError:
    print("exception() also raises CancelledError")
print("cancel again:", pending[0].cancel(), "cancel finished:", pending[1].cancel())
ex.shutdown()
try:
    ex.submit(quick, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
