import threading
from functools import lru_cache

@lru_cache(maxsize=64)
def slow_square(n):
    return n * n

def worker(offset):
    for i in range(2000):
        assert slow_square((i + offset) % 100) == ((i + offset) % 100) ** 2

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = slow_square.cache_info()
print(info.hits + info.misses, info.currsize <= 64, info.maxsize)
