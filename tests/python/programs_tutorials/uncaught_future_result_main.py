# A worker's exception re-raised by result() and not caught: the program exits with its traceback.
from concurrent.futures import ThreadPoolExecutor

def compute(values):
    return sum(values) / len(values)

with ThreadPoolExecutor(2) as ex:
    ok = ex.submit(compute, [1, 2, 3])
    bad = ex.submit(compute, [])
    print("average:", ok.result())
    print("average:", bad.result())
