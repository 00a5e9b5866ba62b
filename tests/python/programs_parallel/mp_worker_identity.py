import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

SEEN = []

def who(x):
    p = mp.current_process()
    parent = mp.parent_process()
    SEEN.append(x)
    return x, p.name, p.daemon, parent.name if parent else None, p._identity

def init(tag):
    global TAG
    TAG = tag + ":" + mp.current_process().name

def tagged(x):
    return TAG, x

if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    with mp.Pool(1) as pool:
        for row in pool.map(who, [1, 2]):
            print(row)
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(list(ex.map(who, [3])))
    p = mp.Process(target=who, args=(4,))
    print(p.name)
    p.start()
    p.join()
    with mp.Pool(1, initializer=init, initargs=("pool",)) as pool:
        print(pool.apply(tagged, (5,)))
    with ProcessPoolExecutor(1, initializer=init, initargs=("exec",)) as ex:
        print(ex.submit(tagged, 6).result())
    print(mp.current_process().name, SEEN)
    try:
        TAG
    except NameError as e:
        print(type(e).__name__, e)
