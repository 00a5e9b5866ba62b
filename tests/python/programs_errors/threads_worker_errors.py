# Worker threads that fail: exceptions are collected through a custom excepthook and a results
# dictionary, so the output is deterministic.
import threading
import concurrent.futures

failures = []
def hook(args):
    failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))
threading.excepthook = hook

def worker(n, out):
    if n == 3:
        raise ValueError(f"worker {n} got a bad input")
    if n == 4:
        out[n] = 1 / (n - 4)
    out[n] = n * n

results = {}
threads = [threading.Thread(target=worker, args=(i, results), name=f"w{i}") for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(sorted(failures))

try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=worker, args=(1,)).run()
except TypeError as e:
    print("TypeError:", e)
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
sem = threading.BoundedSemaphore(1)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

def task(x):
    if x % 4 == 0:
        raise KeyError(x)
    return x * 10

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(task, i) for i in range(1, 9)]
    for i, fut in enumerate(futures, 1):
        try:
            print(i, fut.result())
        except KeyError as e:
            print(i, "KeyError", e, "| exception():", repr(fut.exception()))
    try:
        list(pool.map(task, [1, 2, 8]))
    except KeyError as e:
        print("map stopped at", repr(e))
try:
    pool.submit(task, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
f = concurrent.futures.Future()
try:
    f.result(timeout=0)
except concurrent.futures.TimeoutError as e:
    print("TimeoutError", type(e).__name__, isinstance(e, TimeoutError))
f.set_exception(OSError("disk"))
print(repr(f.exception()), f.done())
f.result()
