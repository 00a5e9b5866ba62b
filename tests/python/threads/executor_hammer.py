# ThreadPoolExecutor and multiprocessing.dummy pools running many small tasks that share one
# dict and one list: every task runs once, results come back in order from map, and
# as_completed/wait see every future.
import concurrent.futures as cf
import threading
from multiprocessing.dummy import Pool

shared = {}
log = []


def task(i):
    shared[i] = i * i
    log.append(i)
    return i * i


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(task, range(5000)))
    futures = [ex.submit(task, i) for i in range(5000, 7000)]
    done = sum(1 for _ in cf.as_completed(futures))
    finished, pending = cf.wait(futures)
print(results == [i * i for i in range(5000)], done, len(finished), len(pending))
print(len(shared), sorted(log) == list(range(7000)), all(shared[i] == i * i for i in range(7000)))

errors = []
def fails(i):
    if i % 100 == 0:
        raise ValueError(i)
    return i
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(fails, i) for i in range(1000)]
    for f in futures:
        if f.exception() is not None:
            errors.append(f.exception().args[0])
print("errors:", sorted(errors) == list(range(0, 1000, 100)))

with Pool(4) as pool:
    squares = pool.map(lambda x: x * x, range(3000), chunksize=7)
    unordered = sorted(pool.imap_unordered(lambda x: -x, range(3000)))
print(squares == [x * x for x in range(3000)], unordered == sorted(-x for x in range(3000)))
print("threads left:", threading.active_count())
