"""Queue, JoinableQueue, SimpleQueue and Pipe between processes."""
import multiprocessing as mp
import queue


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)


def worker(jq):
    while True:
        item = jq.get()
        jq.task_done()
        if item is None:
            break


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()


if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    ps = [mp.Process(target=producer, args=(q, 10)), mp.Process(target=consumer, args=(q, out))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("total", out.get(timeout=5), q.empty())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty")
    small = mp.Queue(maxsize=1)
    small.put("x")
    try:
        small.put_nowait("y")
    except queue.Full:
        print("queue.Full", small.full(), small.qsize())
    jq = mp.JoinableQueue()
    w = mp.Process(target=worker, args=(jq,))
    w.start()
    for item in [1, 2, 3, None]:
        jq.put(item)
    jq.join()
    w.join()
    print("joined", w.exitcode)
    sq = mp.SimpleQueue()
    sq.put({"k": [1, 2]})
    print(sq.get(), sq.empty())
    parent, child = mp.Pipe()
    e = mp.Process(target=echo, args=(child,))
    e.start()
    for msg in ["a", 42, [1, 2]]:
        parent.send(msg)
        print(parent.recv())
    parent.send(None)
    e.join()
    parent.close()
    r, w2 = mp.Pipe(duplex=False)
    print(r.poll(), w2.writable, r.readable, r.writable)
    w2.send_bytes(b"0123456789", 2, 5)
    print(r.poll(0.1), r.recv_bytes())
    w2.close()
    try:
        w2.send(1)
    except OSError as e:
        print("OSError:", e)
