class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self): return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), sum(r), max(r))
it = iter(r)
print(next(it), next(it), next(it), next(it, "done"))
a, b, c = Range2(3)
print(a, b, c)
print(dict(zip(Range2(2), "xy")))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
