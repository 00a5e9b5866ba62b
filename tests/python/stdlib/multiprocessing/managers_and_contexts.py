"""Manager objects, contexts and start methods, synchronization reprs."""
import multiprocessing as mp


def record(shared, ns, key):
    shared[key] = key * 2
    ns.calls = getattr(ns, "calls", 0)


if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        lst = manager.list([1, 2])
        ns = manager.Namespace()
        ns.x = 10
        ns.y = "why"
        ps = [mp.Process(target=record, args=(d, ns, k)) for k in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        lst.append(3)
        print(sorted(d.items()), list(lst), ns.x, ns.y)
        v = manager.Value("i", 3)
        v.value += 1
        print(v.value)
        q = manager.Queue()
        q.put("item")
        print(q.get())
        lock = manager.Lock()
        with lock:
            print("locked")
    print(mp.get_start_method(), mp.get_all_start_methods())
    ctx = mp.get_context("spawn")
    print(type(ctx).__name__, ctx.get_start_method())
    p = ctx.Process(target=print, args=("from spawn context",))
    print(type(p).__name__)
    p.start()
    p.join()
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("forkserver", force=True)
    print(mp.get_start_method())
    try:
        mp.get_context("nope")
    except ValueError as e:
        print("ValueError:", e)
    print(mp.Lock(), mp.RLock(), mp.Semaphore(2), mp.BoundedSemaphore(3))
    lock = mp.Lock()
    lock.acquire()
    print(lock)
    lock.release()
    r = mp.RLock()
    with r:
        with r:
            print(r)
    e = mp.Event()
    print(e.is_set(), e.wait(0.01))
    e.set()
    print(e.is_set())
    sem = mp.BoundedSemaphore(1)
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as err:
        print("ValueError:", err)
    print(mp.cpu_count() > 0, isinstance(mp.TimeoutError(), mp.ProcessError))
