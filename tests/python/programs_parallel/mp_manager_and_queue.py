from multiprocessing import Process, Manager, Queue, Lock, Value

totals = {}

def record(shared, key, value, lock, counter):
    shared[key] = value
    totals[key] = value
    with lock:
        counter.value += value

def fill_list(lst, n):
    for i in range(n):
        lst.append(i * n)

def producer(q, items):
    for it in items:
        q.put(it.upper())
    q.put(None)

if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        lst = manager.list()
        lock = Lock()
        counter = Value('i', 0)
        procs = [Process(target=record, args=(d, f"k{i}", i * 10, lock, counter)) for i in range(5)]
        procs += [Process(target=fill_list, args=(lst, 3))]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()))
        print(sorted(lst))
        print("counter", counter.value)
        print("module-level totals in parent", totals)

    q = Queue()
    p = Process(target=producer, args=(q, ["alpha", "beta", "gamma"]))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got, p.exitcode)
