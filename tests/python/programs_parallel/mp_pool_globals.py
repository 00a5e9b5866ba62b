from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor

CALLS = []
SCALE = 3

def scaled(x):
    CALLS.append(x)
    return x * SCALE

def describe(item):
    name, values = item
    values.sort()
    return f"{name}: min={values[0]} max={values[-1]} n={len(values)}"

def init_worker(factor):
    global SCALE
    SCALE = factor

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(scaled, range(6)))
    print("calls seen by parent:", CALLS)

    SCALE = 10
    with Pool(2) as pool:
        print(pool.map(scaled, [1, 2]))
    with Pool(2, initializer=init_worker, initargs=(100,)) as pool:
        print(pool.map(scaled, [1, 2]))
    print("SCALE in parent:", SCALE)

    data = [("a", [3, 1, 2]), ("b", [9, 7, 8])]
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(describe, data)))
        print(ex.submit(scaled, 5).result())
    print("parent data unsorted:", data)
    print("calls seen by parent:", CALLS)

    with ProcessPoolExecutor(max_workers=2, initializer=init_worker, initargs=(7,)) as ex:
        print(sorted(ex.map(scaled, [1, 2, 3])))
    print("SCALE in parent:", SCALE)
