from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, Queue
import re

def clean(e):
    return re.sub(r" at 0x[0-9a-f]+", "", str(e))

def double(x):
    return 2 * x

def make_local():
    def local_triple(x):
        return 3 * x
    return local_triple

def child(q, fn, x):
    q.put(fn(x))

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(double, 21).result())
        for fn in (lambda x: x + 1, make_local()):
            fut = ex.submit(fn, 1)
            try:
                fut.result()
            except Exception as e:
                print(type(e).__name__, clean(e))
        print(list(ex.map(double, [1, 2, 3])))

    with Pool(2) as pool:
        print(pool.map(double, [4, 5]))
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, clean(e))
        r = pool.apply_async(make_local(), (2,))
        try:
            r.get(timeout=10)
        except Exception as e:
            print(type(e).__name__, clean(e))

    # a forked Process needs no pickling: lambdas and local functions are fine
    q = Queue()
    for fn in (lambda x: x - 1, make_local(), double):
        p = Process(target=child, args=(q, fn, 10))
        p.start()
        p.join()
        print(q.get(), p.exitcode)
