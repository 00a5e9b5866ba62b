from multiprocessing.dummy import Pool as ThreadPool
from multiprocessing.pool import ThreadPool as TP2
import multiprocessing.dummy as mpd

def cube(x):
    return x ** 3

def add(a, b):
    return a + b

with ThreadPool(4) as pool:
    print(pool.map(cube, range(8)))
    print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
    print(list(pool.imap(cube, [3, 2, 1])))
    print(sorted(pool.imap_unordered(cube, [3, 2, 1])))
    r = pool.apply_async(add, (10, 20))
    print(r.get(timeout=5), r.ready(), r.successful())
    print(pool.apply(add, (7,), {"b": 8}))
    r2 = pool.map_async(cube, [4, 5])
    r2.wait()
    print(r2.get())
    bad = pool.apply_async(lambda: 1 / 0)
    try:
        bad.get()
    except ZeroDivisionError as e:
        print(type(e).__name__, e, bad.successful())
    print(pool.map(len, ["a", "bb", "ccc"], chunksize=2))

p = TP2(2)
print(p.map(str.upper, ["x", "y"]))
p.close()
p.join()

collected = []
def cb(v):
    collected.append(v)
with mpd.Pool(3) as pool:
    rs = [pool.apply_async(cube, (i,), callback=cb) for i in range(5)]
    for r in rs:
        r.wait()
print(sorted(collected))

errs = []
with mpd.Pool(2) as pool:
    r = pool.apply_async(int, ("zz",), error_callback=lambda e: errs.append(repr(e)))
    r.wait()
print(errs)
print(mpd.current_process().name)
q = mpd.Queue()
q.put(1)
print(q.get())
