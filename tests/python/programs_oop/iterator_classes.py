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

print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)

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
r = Range2(4)
print(list(r), list(r), list(reversed(r)), len(r), list(zip(r, "abcd")), dict(enumerate(r, 1)))
it = iter(r)
print(type(it).__name__, next(it), list(it))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))

class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sorted(t, reverse=True))
for d, v in t.depth_first():
    print("  " * d + str(v))

class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self._it = iter(it)
        self._peeked = self._sentinel
    def __iter__(self):
        return self
    def __next__(self):
        if self._peeked is not self._sentinel:
            v, self._peeked = self._peeked, self._sentinel
            return v
        return next(self._it)
    def peek(self, default=None):
        if self._peeked is self._sentinel:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("END"))

import itertools
class Cycle3:
    def __iter__(self):
        return itertools.islice(itertools.cycle("xyz"), 7)
print("".join(Cycle3()), list(itertools.chain(Countdown(2), Range2(2))))
class IterReturnsSelfBad:
    def __iter__(self):
        return self
try:
    list(IterReturnsSelfBad())
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def __iter__(self):
        return (x * x for x in range(3))
g = Gen()
print(list(g), [*g, *g], {*g})
a, *b = Countdown(4)
print(a, b)
