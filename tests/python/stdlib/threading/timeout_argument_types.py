import threading

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

# An available semaphore never looks at its timeout; an unset Event compares it with 0.
show("semaphore available, str timeout:", lambda: threading.Semaphore(1).acquire(timeout="x"))
show("semaphore empty, str timeout:", lambda: threading.Semaphore(0).acquire(timeout="x"))
show("event unset, str timeout:", lambda: threading.Event().wait("x"))
ev = threading.Event()
ev.set()
show("event set, str timeout:", lambda: ev.wait("x"))
show("event unset, zero timeout:", lambda: threading.Event().wait(0))
show("event unset, negative timeout:", lambda: threading.Event().wait(-1))
show("semaphore empty, negative timeout:", lambda: threading.Semaphore(0).acquire(timeout=-1))
show("non-blocking with timeout:", lambda: threading.Semaphore(1).acquire(False, 1))
cond = threading.Condition()
with cond:
    show("wait_for true predicate, str timeout:", lambda: cond.wait_for(lambda: 1, "x"))
    show("wait_for false predicate, str timeout:", lambda: cond.wait_for(lambda: 0, "x"))
