# A class's member descriptors for __slots__ appear in its __dict__ after the
# body's names, sorted by (mangled) name; __slots__ itself keeps the written
# order. Instances may switch __class__ between classes that add the same slots
# to the same base.
class Point:
    __slots__ = ("y", "x", "_tag", "__secret")
    dims = 2

    def norm1(self):
        return abs(self.x) + abs(self.y)


print([k for k in vars(Point) if not k.startswith("__")])
print(Point.__slots__)
p = Point()
p.x, p.y, p._tag = 3, -4, "p"
print(p.norm1(), p.__getstate__())


class Left:
    __slots__ = ("a", "b")

    def side(self):
        return "left"


class Right:
    __slots__ = ("a", "b")

    def side(self):
        return "right"


class Fewer:
    __slots__ = ("a",)


class WithDict:
    pass


obj = Left()
obj.a, obj.b = 1, 2
obj.__class__ = Right
print(type(obj).__name__, obj.side(), obj.a, obj.b)
for target in (Fewer, WithDict, Left):
    try:
        obj.__class__ = target
        print("now", type(obj).__name__, obj.a)
    except TypeError as e:
        print(target.__name__, "TypeError:", e)
