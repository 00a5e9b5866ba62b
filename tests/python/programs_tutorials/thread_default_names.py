# Default thread names: "Thread-N (target)" in 3.10+, the main thread, and current_thread().
import threading

seen = {}
lock = threading.Lock()

def record():
    me = threading.current_thread()
    with lock:
        seen[me.name] = (me is threading.main_thread(), me.daemon)

def other_task():
    record()

class Job:
    def __call__(self):
        record()

threads = [threading.Thread(target=record), threading.Thread(target=other_task),
           threading.Thread(target=lambda: record()), threading.Thread(target=Job()),
           threading.Thread(target=record, name="custom"), threading.Thread()]
for t in threads:
    print(repr(t.name))
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(seen):
    print(name, seen[name])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.current_thread().daemon)
