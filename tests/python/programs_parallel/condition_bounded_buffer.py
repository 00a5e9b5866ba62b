import threading

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(3)
got = []
def produce():
    for i in range(30):
        buf.put(i)
    buf.put(None)
    buf.put(None)

def consume(name, sink):
    while True:
        x = buf.get()
        if x is None:
            return
        sink.append(x)

sinks = [[], []]
ts = [threading.Thread(target=produce)] + [threading.Thread(target=consume, args=(n, s)) for n, s in zip("ab", sinks)]
for t in ts: t.start()
for t in ts: t.join()
merged = sorted(sinks[0] + sinks[1])
print(merged == list(range(30)), len(merged))

cond = threading.Condition(threading.Lock())
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: 5, timeout=0.01))
    print(cond.wait_for(lambda: 0, timeout=0.01))
    cond.notify(3)
    cond.notify_all()
    cond.notifyAll()

# Condition-based turn taking: ping pong
turn = ["ping"]
c = threading.Condition()
out = []
def player(me, other, n):
    for _ in range(n):
        with c:
            c.wait_for(lambda: turn[0] == me)
            out.append(me)
            turn[0] = other
            c.notify_all()
t1 = threading.Thread(target=player, args=("ping", "pong", 5))
t2 = threading.Thread(target=player, args=("pong", "ping", 5))
t1.start(); t2.start(); t1.join(); t2.join()
print(" ".join(out))
print(cond.acquire(), cond.release())
