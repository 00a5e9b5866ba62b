# functools.cached_property: computed once, stored in the instance __dict__.
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats, d.computed)
print("stats" in vars(d))
del d.stats
print(d.stats, d.computed)
d.stats = "overridden"
print(d.stats)
print(Dataset.stats.__class__.__name__, Dataset.stats.attrname)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print("TypeError:", e)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)

cp = cached_property(lambda self: 42)
try:
    cp.__get__(object(), object)
except TypeError as e:
    print("TypeError:", e)
