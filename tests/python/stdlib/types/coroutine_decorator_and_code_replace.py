# types.coroutine marks a generator function's code CO_ITERABLE_COROUTINE (the same function; its generators
# are awaitable plain generators); code.replace and assigning __code__, which it uses; a hand-made scheduler.
import types, asyncio, inspect
def g():
    yield 1
c = g.__code__
for kw in [dict(co_name="h"), dict(co_flags=c.co_flags | 0x100), dict(co_qualname="Q.h"), dict(co_firstlineno=99)]:
    r = c.replace(**kw)
    print(r.co_name, r.co_qualname, r.co_flags, r.co_firstlineno, r is c, c.co_name)
try:
    c.replace(bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    g.__code__ = outer().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    g.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def a(): return "a"
def b(): return "b"
a.__code__ = b.__code__
print(a(), a.__name__, a.__code__.co_name)
@types.coroutine
def legacy():
    v = yield
    return v
print(legacy.__name__, inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))
async def user():
    return await legacy()
co = user()
co.send(None)
try:
    co.send("value")
except StopIteration as e:
    print("result", e.value)
print(types.coroutine(user) is user)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
    def send(self, v): return next(self)
    def throw(self, *a): raise a[0]
    def close(self): pass
wrapped = types.coroutine(lambda: It())
async def u2():
    return await wrapped()
try:
    u2().send(None)
except StopIteration as e:
    print("wrapped result", e.value)
import types, collections, heapq, asyncio, inspect

@types.coroutine
def switch():
    yield "switch"

@types.coroutine
def sleep_ticks(n):
    for _ in range(n):
        yield ("tick", n)
    return f"slept {n}"

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await switch()
    r = await sleep_ticks(2)
    print(name, r)
    return name.upper()

def run(coros):
    ready = collections.deque((c, None) for c in coros)
    results = {}
    while ready:
        coro, val = ready.popleft()
        try:
            signal = coro.send(val)
        except StopIteration as e:
            results[coro.__name__ + str(len(results))] = e.value
            continue
        ready.append((coro, None))
    return results

print(run([worker("a", 2), worker("b", 3)]))
print(inspect.isgeneratorfunction(switch), asyncio.iscoroutinefunction(switch), inspect.isawaitable(switch()))
g = switch()
print(type(g).__name__, g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE != 0)

class Future:
    def __init__(self):
        self.result = None
        self.callbacks = []
    def set(self, v):
        self.result = v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.timers = []
        self.now = 0
        self.seq = 0
    def call_later(self, d, cb):
        self.seq += 1
        heapq.heappush(self.timers, (self.now + d, self.seq, cb))
    def spawn(self, coro):
        self.ready.append((coro, None))
    def sleep(self, d):
        f = Future()
        self.call_later(d, lambda: f.set(d))
        return f
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.now, _, cb = heapq.heappop(self.timers)
                cb()
                continue
            coro, val = self.ready.popleft()
            try:
                fut = coro.send(val)
            except StopIteration as e:
                print(f"t={self.now} done -> {e.value}")
                continue
            fut.callbacks.append(lambda f, c=coro: self.ready.append((c, f.result)))

loop = Loop()
async def task(name, delays):
    total = 0
    for d in delays:
        total += await loop.sleep(d)
        print(f"t={loop.now} {name} slept {d}")
    return (name, total)
loop.spawn(task("x", [3, 1]))
loop.spawn(task("y", [2, 2, 1]))
loop.run()
