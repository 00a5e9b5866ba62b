# multiprocessing.dummy.Pool: the thread-backed Pool with map, imap, imap_unordered, starmap, apply.
from multiprocessing.dummy import Pool
import multiprocessing.dummy as dummy

def square(x):
    return x * x

def describe(name, age):
    return f"{name} is {age}"

with Pool(4) as pool:
    print(pool.map(square, range(10)))
    print(list(pool.imap(square, range(5))))
    print(sorted(pool.imap_unordered(square, range(5))))
    print(pool.starmap(describe, [("ann", 31), ("bob", 27)]))
    print(pool.apply(describe, ("cy",), {"age": 40}))
    print(pool.map(len, ["a", "bb", "ccc"], chunksize=2))
    r = pool.map_async(square, [1, 2, 3])
    print(r.get(timeout=5), r.ready(), r.successful())
    print(list(pool.imap(square, range(7), chunksize=3)))

print(dummy.current_process().name)
print(type(dummy.Pool(1)).__name__)
