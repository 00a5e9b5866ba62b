# sys.getsizeof of an instance __dict__: CPython 3.11 counts one value pointer per usable slot of
# the keys the class shares, and each new instance of the class takes one of those slots.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p, sp = Point(1, 2), SlotPoint(1, 2)
print("dict-backed:", sys.getsizeof(p), "+", sys.getsizeof(p.__dict__), "=", sys.getsizeof(p) + sys.getsizeof(p.__dict__))
print("slots:", sys.getsizeof(sp))

# Each later instance leaves one slot fewer, down to its names plus one.
points = [Point(i, -i) for i in range(40)]
print([sys.getsizeof(q.__dict__) for q in points[:3]], sys.getsizeof(points[-1].__dict__))
print(sys.getsizeof(p.__dict__))  # the first instance's dict shrinks with its class's keys


class Empty:
    pass


sizes = []
for _ in range(31):
    e = Empty()
    sizes.append(sys.getsizeof(e.__dict__))
print(sizes)



class Pair:
    def __init__(self):
        self.a = 1


first, second = Pair(), Pair()
first.b = [2]  # a name added later takes a slot of the shared keys: the count stays the same
print(sys.getsizeof(first.__dict__), sys.getsizeof(second.__dict__), len(first.__dict__))

# A dict set by assignment is a plain dict.
plain = Empty()
plain.__dict__ = {"a": 1, "b": 2}
print(sys.getsizeof(plain.__dict__), sys.getsizeof({"a": 1, "b": 2}))
