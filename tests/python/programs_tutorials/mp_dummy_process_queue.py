# multiprocessing.dummy.Process and Queue: the thread-based stand-ins for the process API.
from multiprocessing.dummy import Process, Queue, Lock, current_process
import multiprocessing.dummy as mpd

def worker(q, n, lock, out):
    with lock:
        out.append((n, current_process().name.startswith("Thread")))
    q.put(n * n)

q = Queue()
lock = Lock()
out = []
procs = [Process(target=worker, args=(q, n, lock, out)) for n in range(5)]
for p in procs: p.start()
for p in procs: p.join()
print(sorted(q.get() for _ in procs))
print(sorted(out))
print([p.is_alive() for p in procs])
print(type(procs[0]).__mro__[1].__name__, procs[0].exitcode if hasattr(procs[0], "exitcode") else "n/a")
print(mpd.active_children())
print(hasattr(mpd, "cpu_count"))

# Manager() is the module itself; Namespace and Pipe work between threads.
manager = mpd.Manager()
ns = manager.Namespace(total=0, _hidden=1)
parent_end, child_end = mpd.Pipe()
def summer(conn, ns):
    numbers = conn.recv()
    ns.total = sum(numbers)
    conn.send(f"summed {len(numbers)} numbers")
p = Process(target=summer, args=(child_end, ns))
p.start()
parent_end.send([1, 2, 3, 4])
print(parent_end.recv())
p.join()
print(ns, p.exitcode, parent_end.poll())
print(manager.list([3, 1]), manager.dict(a=1), mpd.Array("i", [1, 2]))
