from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading

state = threading.local()
inits = []
lock = threading.Lock()

def init(prefix):
    state.prefix = prefix
    with lock:
        inits.append(prefix)

def tag(x):
    name = threading.current_thread().name
    return (state.prefix, name.rsplit("_", 1)[0], x)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="crawler", initializer=init, initargs=("P",)) as ex:
    out = list(ex.map(tag, range(4)))
print(sorted(set(o[:2] for o in out)), [o[2] for o in out])
print(set(inits))

def bad_init():
    raise ValueError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(tag, 1)
try:
    f.result()
except BrokenThreadPool as e:
    print(type(e).__name__, e)
try:
    ex.submit(tag, 2)
except BrokenThreadPool as e:
    print(type(e).__name__, e)
ex.shutdown()

try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(type(e).__name__, e)

with ThreadPoolExecutor() as ex:
    print(ex._max_workers >= 5)
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(3)))
    print(names)
