import threading
import re

def clean(r):
    r = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", r)
    return re.sub(r"(stopped|started|daemon) \d+", r"\1 IDENT", r)

lock = threading.Lock()
print(clean(repr(lock)))
lock.acquire()
print(clean(repr(lock)))
print(lock.locked())
lock.release()
print(lock.locked())

rl = threading.RLock()
print(clean(repr(rl)))
rl.acquire()
rl.acquire()
r = clean(repr(rl))
print(re.sub(r"owner=\d+", "owner=N", r))
rl.release()
rl.release()
print(clean(repr(rl)))

ev = threading.Event()
print(clean(repr(ev)))
ev.set()
print(clean(repr(ev)))

sem = threading.Semaphore(3)
print(clean(repr(sem)))
bsem = threading.BoundedSemaphore(2)
print(clean(repr(bsem)))
bsem.acquire()
print(clean(repr(bsem)))

cond = threading.Condition()
print(clean(repr(cond)))

b = threading.Barrier(3)
print(clean(repr(b)))

t = threading.Thread(target=lambda: None, name="T1")
print(clean(repr(t)))
t.start()
t.join()
print(clean(repr(t)))
d = threading.Thread(target=lambda: None, name="D1", daemon=True)
print(clean(repr(d)))
print(type(lock).__name__, type(rl).__name__)
print(type(lock).__module__)
