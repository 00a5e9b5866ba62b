# join(timeout) returns None either way: check is_alive() to know whether the thread finished.
import threading

release = threading.Event()
def long_task():
    release.wait()

t = threading.Thread(target=long_task, name="long")
t.start()
print("join returned:", t.join(timeout=0.01))
print("still alive after timed join:", t.is_alive())
release.set()
t.join()
print("alive after full join:", t.is_alive())
t2 = threading.Thread(target=lambda: None)
t2.start()
t2.join(0)
t2.join()
print("quick thread alive:", t2.is_alive())
names = sorted(th.name for th in threading.enumerate())
print("enumerate:", names)
print("active_count:", threading.active_count())
