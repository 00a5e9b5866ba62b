from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
import concurrent.futures as cf

def square(x):
    return x * x

def fail(x):
    if x % 3 == 0:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = {ex.submit(square, i): i for i in range(8)}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(res)
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print(type(e).__name__, e)
    print(type(f.exception()).__name__, f.exception())
    print(f.done(), f.cancelled(), f.running())
    g = ex.submit(fail, 4)
    print(g.result(), g.exception())
    fs = [ex.submit(fail, i) for i in range(1, 7)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    vals = []
    errs = []
    for fut in fs:
        if fut.exception() is None:
            vals.append(fut.result())
        else:
            errs.append(str(fut.exception()))
    print(vals, sorted(errs))

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print(type(e).__name__, e)

with ThreadPoolExecutor(2) as ex:
    it = ex.map(fail, [1, 2, 3, 4])
    try:
        for v in it:
            print("got", v)
    except ValueError as e:
        print("map raised", e)

print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ThreadPoolExecutor(max_workers=-1)
except ValueError as e:
    print(type(e).__name__, e)
