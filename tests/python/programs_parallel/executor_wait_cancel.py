from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, TimeoutError
import threading

gate = threading.Event()

def blocked(tag):
    gate.wait()
    return tag

def quick(x):
    return x + 1

def boom():
    raise OSError(2, "No such file or directory")

ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
def blocked(tag):
    started.set()
    gate.wait()
    return tag
first = ex.submit(blocked, "first")
started.wait()
queued = [ex.submit(quick, i) for i in range(3)]
print("first running-or-pending:", not first.done())
print("cancel queued:", [f.cancel() for f in queued])
print("cancelled:", [f.cancelled() for f in queued])
print("cancel running:", first.cancel())
done, not_done = wait([first], timeout=0.05)
print(len(done), len(not_done))
try:
    first.result(timeout=0.02)
except TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    for f in as_completed([first], timeout=0.02):
        pass
except TimeoutError as e:
    print(type(e).__name__, e)
gate.set()
print(first.result())
ex.shutdown(wait=True)

with ThreadPoolExecutor(max_workers=2) as ex2:
    gate2 = threading.Event()
    slow = ex2.submit(gate2.wait)
    fast = ex2.submit(quick, 41)
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    gate2.set()

with ThreadPoolExecutor(max_workers=2) as ex3:
    gate3 = threading.Event()
    fs = [ex3.submit(boom), ex3.submit(gate3.wait)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    e = next(iter(done)).exception()
    print(type(e).__name__, e, e.errno, e.strerror, len(not_done))
    gate3.set()

ex4 = ThreadPoolExecutor(max_workers=1)
g4 = threading.Event()
started4 = threading.Event()
def hold(started, gate):
    started.set()
    return gate.wait()
head = ex4.submit(hold, started4, g4)
started4.wait()
tail = [ex4.submit(quick, i) for i in range(4)]
g4.set()
ex4.shutdown(wait=True, cancel_futures=True)
print(head.result(), all(f.done() for f in tail))

ex5 = ThreadPoolExecutor(max_workers=1)
g5 = threading.Event()
started5 = threading.Event()
h5 = ex5.submit(hold, started5, g5)
started5.wait()
t5 = [ex5.submit(quick, i) for i in range(3)]
ex5.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in t5])
g5.set()
ex5.shutdown(wait=True)
print(h5.result())
done, not_done = wait([])
print(done, not_done)
print(list(as_completed([])))
