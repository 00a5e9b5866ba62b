class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))

    def __len__(self):
        return self.n


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        count += 1
        avg = total / count


def chain(*its):
    for it in its:
        yield from it


print(list(Countdown(5)), list(Range2(4)), list(reversed(Range2(4))), len(Range2(7)))
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(enumerate(Squares())))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(take(10, fib()))
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(list(chain("ab", [1, 2], range(2))))
gen = (x * x for x in range(5))
print(gen.__class__.__name__, sum(gen), sum(gen), list(gen))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup!")


cg = closer()
print(next(cg))
cg.close()
print("closed", list(cg))


def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)


t = thrower()
next(t)
t.throw(ValueError("boom"))
t.throw(ValueError("again"))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
print(list(iter(lambda: 0, 0)), iter(Countdown(1)) is not None)
sentinel = iter([5, 4, 3, 0, 9].__iter__().__next__, 0)
print(list(sentinel))
pipeline = (w.upper() for w in "a bb ccc dddd".split() if len(w) % 2 == 0)
print(list(pipeline), list(map(len, "x yy zzz".split())), list(filter(str.isdigit, "a1b2c3")))


def g2():
    yield 1
    return "ret"


def outer():
    r = yield from g2()
    print("inner returned", r)


print(list(outer()))
print(next(iter(Countdown(0))))
