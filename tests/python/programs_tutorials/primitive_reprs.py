# repr() of threading and queue objects, with addresses and idents masked.
import queue
import re
import threading

def clean(obj):
    text = repr(obj)
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    text = re.sub(r"owner=\d+", "owner=N", text)
    text = re.sub(r"(started|stopped) \d+", r"\1 N", text)
    return text

lock = threading.Lock()
print(clean(lock))
lock.acquire()
print(clean(lock))
lock.release()
rl = threading.RLock()
print(clean(rl))
with rl:
    print(clean(rl))
print(clean(threading.Condition()))
print(clean(threading.Semaphore(2)))
print(clean(threading.BoundedSemaphore(3)))
ev = threading.Event()
print(clean(ev))
print(clean(threading.Barrier(2)))
print(clean(queue.Queue()))
print(clean(threading.local()))
t = threading.Thread(target=print, name="printer", daemon=True)
print(clean(t))
t2 = threading.Thread(target=ev.wait, name="waiter")
t2.start()
print(clean(t2))
ev.set()
t2.join()
print(clean(t2))
print(clean(threading.main_thread()))
print(clean(threading.Timer(1, print)))
