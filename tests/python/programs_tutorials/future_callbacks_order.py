# add_done_callback: callbacks run in registration order, immediately if the future is already done.
from concurrent.futures import ThreadPoolExecutor, Future
import threading

events = []
lock = threading.Lock()

def note(tag):
    def cb(fut):
        with lock:
            if fut.cancelled():
                events.append((tag, "cancelled"))
            elif fut.exception() is not None:
                events.append((tag, "error", type(fut.exception()).__name__))
            else:
                events.append((tag, "result", fut.result()))
    return cb

f = Future()
f.add_done_callback(note("first"))
f.add_done_callback(note("second"))
f.set_result(5)
f.add_done_callback(note("late"))
print(events)
events.clear()

with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(lambda n=n: 100 // n) for n in (4, 0, 5)]
    for i, fu in enumerate(futs):
        fu.add_done_callback(note(f"job{i}"))
print(sorted(events, key=str))

c = Future()
c.add_done_callback(note("cancel-me"))
print("cancel:", c.cancel(), events[-1])
