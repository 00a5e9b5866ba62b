def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"
g = countdown(3)
print(g.__class__.__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as ex:
    print("StopIteration", repr(ex.value), ex.args)
print(next(g, "default"))
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"caught {e}"
        if received == "quit":
            return "bye"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.throw(ValueError("boom")))
try:
    e.send("quit")
except StopIteration as ex:
    print("returned", ex.value)
fresh = echo()
try:
    fresh.send(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
c.close()
print(list(c))
def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o), o.send("S"))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return SquaresIter(self.n)
class SquaresIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(4)
print(list(sq), list(sq), sum(sq), 9 in sq)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
try:
    next(iter([]))
except StopIteration as ex:
    print("empty", repr(ex))
def gen_raise():
    yield 1
    raise StopIteration("x")
try:
    list(gen_raise())
except RuntimeError as ex:
    print(type(ex).__name__, ex)
gen_exp = (x * x for x in range(4))
print(gen_exp.__class__.__name__, list(gen_exp), list(gen_exp))
sentinel_iter = iter([5, 4, 0, 3].pop, 0)
print(list(sentinel_iter))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(list(islice(fib(), 12)))
try:
    iter(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    next([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
g2 = countdown(2)
print(g2.gi_running, g2.gi_frame is not None)
list(g2)
print(g2.gi_frame)
def running():
    yield g3.gi_running
g3 = running()
print(next(g3))
def reentrant():
    yield next(g4)
g4 = reentrant()
try:
    next(g4)
except ValueError as ex:
    print(type(ex).__name__, ex)
