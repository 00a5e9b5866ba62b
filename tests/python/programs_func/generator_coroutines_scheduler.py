from collections import deque

def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} received {received!r}")
    return f"{name} finished after {steps}"

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        tick = 0
        while self.ready:
            name, gen, value = self.ready.popleft()
            try:
                out = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[{tick}] {name} done: {stop.value}")
            else:
                print(f"[{tick}] {out}")
                self.ready.append((name, gen, f"tick{tick}" if tick % 3 == 0 else None))
            tick += 1
        return self.results

s = Scheduler()
s.spawn("A", task("A", 2))
s.spawn("B", task("B", 3))
s.spawn("C", task("C", 1))
print(s.run())

def producer(items):
    for item in items:
        print(f"produce {item}")
        yield item

def consumer(source, sink):
    total = 0
    for item in source:
        total += item
        sink.append(total)
        yield total

sink = []
pipeline = consumer(producer([1, 2, 3]), sink)
print(next(pipeline))
print(list(pipeline), sink)

def ping_pong(n):
    msg = "ping"
    for _ in range(n):
        msg = yield msg
        msg = "pong" if msg == "ping" else "ping"

pp = ping_pong(4)
m = next(pp)
trace = [m]
try:
    while True:
        m = pp.send(m)
        trace.append(m)
except StopIteration:
    pass
print(trace)

def accumulate_until(limit):
    total = 0
    count = 0
    while total < limit:
        value = yield total
        if value is None:
            continue
        total += value
        count += 1
    return count

acc = accumulate_until(10)
next(acc)
sent = []
try:
    for v in [3, 4, None, 5, 6]:
        sent.append(v)
        acc.send(v)
except StopIteration as e:
    print("reached limit after", e.value, "values; sent", sent)

def gen_throw_demo():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield f"handled KeyError {e}"
        except ZeroDivisionError:
            return "stopped on zero division"

g = gen_throw_demo()
print(next(g), g.throw(KeyError("k1")), next(g))
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
print(g.gi_frame, g.gi_running)
