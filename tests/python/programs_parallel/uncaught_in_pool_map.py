from multiprocessing.pool import ThreadPool

def inverse(x):
    return 1 / x

with ThreadPool(2) as pool:
    print(pool.map(inverse, [1, 2, 4]))
    print(pool.map(inverse, [5, 0, 10]))
