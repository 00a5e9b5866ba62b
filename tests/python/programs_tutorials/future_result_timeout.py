# result(timeout=...) raises TimeoutError (the builtin one since 3.11) but the work keeps going.
import threading
import concurrent.futures as cf

gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    fut = ex.submit(lambda: gate.wait() and "eventually")
    try:
        fut.result(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, cf.TimeoutError is TimeoutError, repr(str(e)))
    try:
        fut.exception(timeout=0.01)
    except cf.TimeoutError:
        print("exception() timed out too")
    print("still running:", fut.running())
    gate.set()
    print(fut.result(timeout=5))
    try:
        list(cf.as_completed([ex.submit(gate.wait), ex.submit(threading.Event().wait, 0.5)], timeout=0.01))
    except TimeoutError as e:
        print("as_completed:", e)
