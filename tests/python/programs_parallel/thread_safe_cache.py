import threading
import functools
from concurrent.futures import ThreadPoolExecutor

class ThreadSafeLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        with self.lock:
            if key in self.data:
                self.hits += 1
                self.order.remove(key)
                self.order.append(key)
                return self.data[key]
            self.misses += 1
        value = compute(key)
        with self.lock:
            if key not in self.data:
                self.data[key] = value
                self.order.append(key)
                while len(self.order) > self.capacity:
                    old = self.order.pop(0)
                    del self.data[old]
            return self.data[key]

def slow_square(n):
    return n * n

cache = ThreadSafeLRU(capacity=10)
keys = [i % 7 for i in range(70)]
with ThreadPoolExecutor(max_workers=4) as ex:
    values = list(ex.map(lambda k: cache.get(k, slow_square), keys))
print(values[:14])
print("entries", len(cache.data), "lookups", cache.hits + cache.misses)
print(sorted(cache.data.items()))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

with ThreadPoolExecutor(max_workers=4) as ex:
    fibs = list(ex.map(fib, range(0, 90, 10)))
print(fibs)
info = fib.cache_info()
print(info.maxsize, info.currsize)
fib.cache_clear()
print(fib.cache_info())

once_lock = threading.Lock()
initialized = []
def init_once():
    if not initialized:
        with once_lock:
            if not initialized:
                initialized.append("config loaded")
ts = [threading.Thread(target=init_once) for _ in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print(initialized)
