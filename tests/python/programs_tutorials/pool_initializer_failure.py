# A failing initializer breaks the pool: pending futures fail with BrokenThreadPool.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

setup_calls = []
def good_init(tag):
    setup_calls.append((tag, threading.current_thread().name.split("_")[0]))

with ThreadPoolExecutor(2, thread_name_prefix="init", initializer=good_init, initargs=("db",)) as ex:
    print(sorted(ex.map(abs, [-1, -2, -3])))
print(sorted(set(setup_calls)))

def bad_init():
    raise ConnectionError("database down")

ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(abs, -5)
try:
    f.result(timeout=5)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(abs, -6)
except BrokenThreadPool as e:
    print("submit after break:", type(e).__name__, e)
ex.shutdown()
print(issubclass(BrokenThreadPool, RuntimeError))
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
