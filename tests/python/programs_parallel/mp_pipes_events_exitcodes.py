import multiprocessing as mp
import re
import time

def clean(r):
    r = re.sub(r"0x[0-9a-f]+", "X", str(r))
    return re.sub(r"(pid|parent)=\d+", r"\1=N", r)

def sender(conn, msgs):
    for m in msgs:
        conn.send(m)
    conn.send("END")
    conn.close()

def boom():
    raise ValueError("child failed")

def waiter(ev, out):
    ev.wait()
    out.put("released")

def sq(x):
    return x * x

def leave(code):
    raise SystemExit(code)

if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=sender, args=(child, [1, "two", {"three": 3}, (4.0,)]))
    p.start()
    msgs = []
    while (m := parent.recv()) != "END":
        msgs.append(m)
    p.join()
    print(msgs)

    p = mp.Process(target=boom, name="failing")
    print(clean(repr(p)))
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), clean(repr(p)))

    for code in (0, 3, "message to stderr", None):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print(repr(code), "->", p.exitcode)

    ev = mp.Event()
    out = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, out))
    p.start()
    print(p.is_alive())
    ev.set()
    print(out.get())
    p.join()
    print(clean(repr(p)))

    p = mp.Process(target=time.sleep, args=(30,))
    p.start()
    p.terminate()
    p.join()
    print(p.exitcode, clean(repr(p)))

    p = mp.Process(target=sq, args=(3,), daemon=True)
    print(p.daemon)
    p.start()
    p.join()
    print(p.exitcode, mp.active_children())
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(type(e).__name__, e)

    print(mp.Value('d', 1.5).value, mp.Array('c', b"hi")[:], mp.Array('u', "hey")[:])
    print(clean(mp.Value('i', 3)), clean(mp.Array('i', [1, 2])))
    print(clean(repr(mp.Lock())), clean(repr(mp.Semaphore(2))), clean(repr(mp.BoundedSemaphore(2))))
    q = mp.Queue()
    q.put(1)
    print(q.get(), q.empty())
    jq = mp.JoinableQueue()
    jq.put(5)
    jq.get()
    jq.task_done()
    jq.join()
    print("joined")
