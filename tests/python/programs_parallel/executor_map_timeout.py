from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()

def maybe_block(x):
    if x == 2:
        gate.wait()
    return x * 100

ex = ThreadPoolExecutor(max_workers=3)
it = ex.map(maybe_block, [0, 1, 2, 3], timeout=0.05)
got = []
try:
    for v in it:
        got.append(v)
except TimeoutError as e:
    print("TimeoutError after", got, repr(e))
gate.set()
ex.shutdown(wait=True)
print("shutdown ok")

with ThreadPoolExecutor(2) as ex2:
    results = ex2.map(str.zfill, ["7", "42", "-3"], [3, 5, 4])
    print(list(results))
    print(list(ex2.map(lambda *a: sum(a), range(3), range(10, 13), range(100, 103))))
    print(list(ex2.map(abs, [])))
    gen = ex2.map(int, ["1", "x", "3"])
    print(next(gen))
    try:
        next(gen)
    except ValueError as e:
        print(type(e).__name__, e)
    print(next(gen, "iterator finished after error"))
