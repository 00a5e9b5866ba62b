# A lazily created singleton with double-checked locking: one instance however many threads ask.
import threading

class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls.created += 1
                    cls._instance = super().__new__(cls)
        return cls._instance

start = threading.Barrier(8)
seen = []
def get():
    start.wait()
    seen.append(id(Config()))

ts = [threading.Thread(target=get) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("instances seen:", len(set(seen)), "created:", Config.created, "calls:", len(seen))
print(Config() is Config())

import functools
calls = []
@functools.lru_cache(maxsize=None)
def expensive(n):
    calls.append(n)
    return n * n
ts = [threading.Thread(target=lambda: [expensive(i % 10) for i in range(100)]) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = expensive.cache_info()
print("results cached:", info.currsize, "hits+misses:", info.hits + info.misses)
print("all values right:", [expensive(i) for i in range(10)] == [i * i for i in range(10)])
