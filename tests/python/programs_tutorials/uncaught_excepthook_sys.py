# threading.excepthook defaults to printing; replacing sys.excepthook does not affect threads.
import sys
import threading

def my_sys_hook(exc_type, exc, tb):
    print("sys.excepthook called with", exc_type.__name__)

sys.excepthook = my_sys_hook

def bad():
    raise OverflowError("too big")

t = threading.Thread(target=bad, name="overflow")
t.start()
t.join()
print("now main raises")
raise EOFError("main failed")
