# executor.map returns results in input order; an exception surfaces when its result is reached.
from concurrent.futures import ThreadPoolExecutor

def invert(x):
    return 10 // x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(invert, [1, 2, 5, 10])))
    results = ex.map(invert, [5, 2, 0, 1])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("got before the error:", got, "->", type(e).__name__, e)
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(str.upper, "abc", chunksize=2)))
    print(list(ex.map(len, [])))

def safe(fn):
    def wrapper(x):
        try:
            return ("ok", fn(x))
        except Exception as e:
            return ("error", f"{type(e).__name__}: {e}")
    return wrapper

with ThreadPoolExecutor(4) as ex:
    for row in ex.map(safe(invert), [3, 0, -4, 7]):
        print(row)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
