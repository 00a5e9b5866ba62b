import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
print(isinstance(t, threading.Thread), t.interval if hasattr(t, "interval") else None)
t.start()
t.join()
print(fired)

c = threading.Timer(10, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

k = threading.Timer(0.001, lambda **kw: fired.append(sorted(kw.items())), kwargs={"b": 2, "a": 1})
k.start(); k.join()
print(fired[-1])

data = threading.local()
data.value = "main"
seen = []
lock = threading.Lock()

def worker(n):
    print_missing = not hasattr(data, "value")
    data.value = f"worker-{n}"
    data.items = [n] * n
    with lock:
        seen.append((n, print_missing, data.value, data.items))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for row in sorted(seen):
    print(row)
print(data.value)
try:
    data.items
except AttributeError as e:
    print(type(e).__name__, e)

class Ctx(threading.local):
    def __init__(self, tag="default"):
        self.tag = tag
        self.depth = 0

ctx = Ctx("init")
res = []
def use():
    res.append((ctx.tag, ctx.depth))
    ctx.depth += 5
    res.append((ctx.tag, ctx.depth))
th = threading.Thread(target=use)
th.start(); th.join()
print(res, ctx.depth)
del data.value
print(hasattr(data, "value"))
print(type(threading.local()).__name__)
