import threading
import _thread
import sys
import re

def clean(r):
    r = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", r)
    return re.sub(r"(stopped|started|daemon) \d+", r"\1 IDENT", r)

print(threading.Lock)
print(clean(repr(threading.RLock)))
print(type(threading.Lock()), type(threading.RLock()))
try:
    isinstance(1, threading.Lock)
except TypeError as e:
    print(type(e).__name__, e)
print(threading.Lock is _thread.allocate_lock, _thread.LockType is type(threading.Lock()))
print(threading.active_count(), len(threading.enumerate()))
print([t.name for t in threading.enumerate()])
main = threading.main_thread()
print(main.daemon, main.is_alive(), type(main.ident).__name__, main.ident == threading.get_ident())
print(clean(repr(main)))
print(sys.getswitchinterval())
print(threading.stack_size())
print(threading.TIMEOUT_MAX > 1e6)
print(type(threading.get_native_id()).__name__)

gate = threading.Event()
inside = threading.Event()
def hold():
    inside.set()
    gate.wait()
t = threading.Thread(target=hold, name="holder", daemon=True)
print(t.ident, t.native_id, t.is_alive())
t.start()
inside.wait()
print(threading.active_count(), sorted(x.name for x in threading.enumerate()))
print(clean(repr(t)))
print(t in threading.enumerate(), t.is_alive())
gate.set()
t.join()
print(threading.active_count(), t.is_alive(), clean(repr(t)))

class MyThread(threading.Thread):
    pass
m = MyThread(name="mine")
print(clean(repr(m)))

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    repr(NoInit())
except Exception as e:
    print(type(e).__name__)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print(type(e).__name__, e)

dummy_info = []
done = threading.Event()
def raw():
    ct = threading.current_thread()
    dummy_info.append((type(ct).__name__, ct.name.startswith("Dummy-"), ct.daemon))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(dummy_info)
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(0), l.release())
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
