import threading

inside = threading.Event()
release = threading.Event()

def slow_gen():
    yield 1
    inside.set()
    release.wait()
    yield 2
    yield 3

g = slow_gen()
print(next(g))
results = []
t = threading.Thread(target=lambda: results.append(next(g)))
t.start()
inside.wait()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    g.send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
release.set()
t.join()
print(results, next(g))
print(list(g))

class LockedIterator:
    def __init__(self, it):
        self._it = iter(it)
        self._lock = threading.Lock()
    def __iter__(self):
        return self
    def __next__(self):
        with self._lock:
            return next(self._it)

def numbers():
    for i in range(1000):
        yield i

shared = LockedIterator(numbers())
seen = [[] for _ in range(4)]
def consume(bucket):
    for x in shared:
        bucket.append(x)
ts = [threading.Thread(target=consume, args=(b,)) for b in seen]
for t in ts: t.start()
for t in ts: t.join()
allx = sorted(x for b in seen for x in b)
print(len(allx), allx == list(range(1000)))
print(next(shared, "exhausted"))
