import threading

def work():
    pass

t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)

t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)

rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as e:
    print(type(e).__name__, e)

cond = threading.Condition()
try:
    cond.wait(0.01)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    cond.notify()
except RuntimeError as e:
    print(type(e).__name__, e)

sem = threading.BoundedSemaphore(2)
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)

try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)

t2 = threading.Thread(target=work)
t2.start()
t2.join()
try:
    t2.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    lock.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(type(e).__name__, e)

try:
    threading.Thread(target=work, args=5).start()
except TypeError as e:
    print(type(e).__name__, e)
print("done")
