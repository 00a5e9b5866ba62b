import threading
import warnings
import os

t = threading.Thread(target=lambda: None, name="old-style")
ev = threading.Event()
cond = threading.Condition()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(t.getName())
    t.setName("renamed")
    print(t.isDaemon())
    t.setDaemon(True)
    print(t.daemon, t.name)
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    print(ev.isSet())
    with cond:
        cond.notifyAll()

for w in caught:
    print(w.category.__name__, os.path.basename(w.filename), w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        threading.currentThread()
    except DeprecationWarning as e:
        print(type(e).__name__, e)
    print(threading.current_thread().name)

t.start()
t.join()
print("done", t.is_alive())
