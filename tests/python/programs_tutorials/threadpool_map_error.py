# An exception in ThreadPool.map makes the whole map raise it; map_async reports it through get().
from multiprocessing.pool import ThreadPool

def parse(s):
    return int(s)

with ThreadPool(3) as pool:
    try:
        pool.map(parse, ["1", "2", "x3", "4"])
    except ValueError as e:
        print("map raised:", e)
    ar = pool.map_async(parse, ["5", "six"])
    ar.wait()
    print("ready:", ar.ready(), "successful:", ar.successful())
    try:
        ar.get()
    except ValueError as e:
        print("get raised:", e)
    it = pool.imap(parse, ["7", "8", "nine", "10"])
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("imap raised after", got, ":", e)
    print(pool.starmap(int, [("ff", 16), ("10", 2)]))
