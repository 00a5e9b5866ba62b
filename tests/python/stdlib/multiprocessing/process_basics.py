"""multiprocessing.Process: start, join, exitcode, names, subclasses, current_process."""
import multiprocessing as mp
import sys


def greet(who, punctuation="!"):
    print("hello", who + punctuation, "from", mp.current_process().name, flush=True)


def exits(code):
    sys.exit(code)


class Squarer(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("square of", self.n, "is", self.n * self.n, flush=True)


def state(p):
    return repr(p).split(" pid=")[0].split(" parent=")[0]


if __name__ == "__main__":
    p = mp.Process(target=greet, args=("world",), kwargs={"punctuation": "?"})
    print(state(p), p.name, p.exitcode, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), "stopped" in repr(p))
    for code in (0, 3, None):
        e = mp.Process(target=exits, args=(code,), name="exiter")
        e.start()
        e.join()
        print("exit", code, "->", e.exitcode, e.name)
    s = Squarer(7)
    s.start()
    s.join()
    print(s.name, s.exitcode)
    workers = [mp.Process(target=greet, args=(str(i),)) for i in range(3)]
    for w in workers:
        w.start()
        w.join()
    print([w.exitcode for w in workers])
    print(mp.current_process().name, mp.parent_process())
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    d = mp.Process(target=greet, args=("daemon",), daemon=True)
    print(d.daemon)
    d.start()
    d.join()
