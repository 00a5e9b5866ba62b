class Range2:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            raise StopIteration
        val = self.cur
        self.cur += self.step
        return val

print(list(Range2(0, 5)), list(Range2(10, 0, -3)))
r = Range2(0, 3)
print(next(r), next(r), next(r), next(r, "done"))
it = iter([1, 2, 3])
print(next(it), list(it))
class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
c = Cycle("ab")
print([next(c) for _ in range(5)])
print(list(zip(Range2(0, 3), Cycle("xy"))))
