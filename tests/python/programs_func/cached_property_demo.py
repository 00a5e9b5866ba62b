from functools import cached_property
import statistics

class DataSet:
    def __init__(self, values):
        self.values = list(values)
        self.computed = []

    @cached_property
    def mean(self):
        self.computed.append("mean")
        return statistics.mean(self.values)

    @cached_property
    def stdev(self):
        self.computed.append("stdev")
        return round(statistics.stdev(self.values), 4)

    @property
    def size(self):
        return len(self.values)

d = DataSet([2, 4, 4, 4, 5, 5, 7, 9])
print(d.mean, d.mean, d.stdev, d.stdev)
print(d.computed)
print(sorted(vars(d)))
del d.mean
print(d.mean, d.computed)
d.mean = 100
print(d.mean)
print(type(DataSet.mean).__name__)
print(DataSet.mean.attrname)
print(DataSet.mean.__doc__)
print(isinstance(DataSet.__dict__["mean"], cached_property))

class Slotted:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
    @cached_property
    def double(self):
        return self.x * 2

try:
    Slotted().double
except TypeError as e:
    print(type(e).__name__, e)

class Doc:
    @cached_property
    def words(self):
        """Split the text into words."""
        return "a b c".split()

print(Doc.words.__doc__)
print(Doc().words)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

cp = cached_property(lambda self: 42)
class Late:
    pass
Late.answer = cp
try:
    Late().answer
except TypeError as e:
    print(type(e).__name__, e)

class Lazy:
    @cached_property
    def boom(self):
        raise ValueError("failed to compute")

lz = Lazy()
for _ in range(2):
    try:
        lz.boom
    except ValueError as e:
        print(type(e).__name__, e)
print("boom" in vars(lz))
