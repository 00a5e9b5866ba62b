# Thread-safe counter: every tutorial shows the lock version; it must always reach the exact total.
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1

class CounterDict:
    def __init__(self):
        self.counts = {}
        self._lock = threading.Lock()

    def add(self, key):
        with self._lock:
            self.counts[key] = self.counts.get(key, 0) + 1

counter = Counter()
counts = CounterDict()

def work(n, key):
    for _ in range(n):
        counter.increment()
        counts.add(key)

threads = [threading.Thread(target=work, args=(2000, i % 3)) for i in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print("counter:", counter.value)
print("per key:", sorted(counts.counts.items()))

import itertools
ids = itertools.count()
taken = []
def take(n):
    local = [next(ids) for _ in range(n)]
    taken.extend(local)
threads = [threading.Thread(target=take, args=(500,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("unique ids:", len(set(taken)), "max:", max(taken))
