# Daemon threads: inherited from the creating thread, fixed once started.
import threading

flags = {}
done = threading.Event()

def child_of(parent_label):
    inner = threading.Thread(target=lambda: None)
    flags[parent_label] = inner.daemon

def parent(label):
    child_of(label)

t1 = threading.Thread(target=parent, args=("normal",))
t2 = threading.Thread(target=parent, args=("daemon",), daemon=True)
print("t1 daemon:", t1.daemon, "t2 daemon:", t2.daemon)
t1.start(); t2.start(); t1.join(); t2.join()
print(sorted(flags.items()))

t3 = threading.Thread(target=done.wait)
t3.daemon = True
print(repr(t3))
t3.start()
try:
    t3.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
done.set()
t3.join()
try:
    t3.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t4 = threading.Thread(target=lambda: None)
try:
    t4.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t3.isDaemon() if hasattr(t3, "isDaemon") else "no isDaemon")
