from multiprocessing import Pool, Process, Queue, cpu_count, current_process
import multiprocessing as mp

def f(x):
    return x * x

def g(a, b):
    return a - b

def worker(q, n):
    q.put((n, sum(range(n))))

if __name__ == "__main__":
    with Pool(2) as p:
        print(p.map(f, [1, 2, 3]))
        print(p.starmap(g, [(5, 1), (9, 4)]))
        print(p.apply(f, (12,)))
        r = p.apply_async(f, (7,))
        print(r.get(timeout=10))
        print(list(p.imap(f, range(5))))
    q = Queue()
    procs = [Process(target=worker, args=(q, n)) for n in (10, 20, 30)]
    for pr in procs:
        pr.start()
    got = sorted(q.get() for _ in procs)
    for pr in procs:
        pr.join()
    print(got)
    print([pr.exitcode for pr in procs])
    print(current_process().name)
    print(cpu_count() >= 1)
    print(mp.get_start_method() in ("fork", "spawn", "forkserver"))
