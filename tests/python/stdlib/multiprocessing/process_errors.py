"""A Process whose target raises: exitcode 1; terminate() and kill() give -15 and -9."""
import multiprocessing as mp
import time


def fails():
    raise ValueError("boom")


def sleeps():
    time.sleep(30)


if __name__ == "__main__":
    p = mp.Process(target=fails)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    s = mp.Process(target=sleeps)
    s.start()
    time.sleep(0.2)
    print(s.is_alive(), len(mp.active_children()))
    s.terminate()
    s.join()
    print("terminated", s.exitcode, "SIGTERM" in repr(s))
    k = mp.Process(target=sleeps)
    k.start()
    time.sleep(0.2)
    k.kill()
    k.join(5)
    print("killed", k.exitcode, mp.active_children())
    k.close()
    try:
        k.is_alive()
    except ValueError as e:
        print("ValueError:", e)
