# Lock and RLock basics from a course handout: acquire/release, non-blocking tries, errors.
import threading

lock = threading.Lock()
print("locked?", lock.locked())
print("acquire:", lock.acquire())
print("try again:", lock.acquire(blocking=False))
print("with timeout:", lock.acquire(timeout=0.01))
lock.release()
print("locked?", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

# A plain Lock may be released by another thread (unlike RLock).
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by other thread:", not lock.locked())

rl = threading.RLock()
with rl:
    with rl:
        print("nested RLock ok")
errors = []
rl.acquire()
def bad_release():
    try:
        rl.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=bad_release); t.start(); t.join()
rl.release()
print("RuntimeError:", errors[0])
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
