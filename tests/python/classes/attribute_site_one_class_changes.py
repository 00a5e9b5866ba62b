# One attribute site that has read many times from instances of one class, whose class or
# instances then change: what the site returns must follow every change at once.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(p):
    return p.x


def bump_x(p):
    p.x += 1
    return p.x


pts = [Point(i, -i) for i in range(200)]
print("warm:", sum(read_x(p) for p in pts), sum(bump_x(p) for p in pts))

p = pts[3]
print("plain:", read_x(p), bump_x(p))

# A data descriptor of the same name on the class wins over the instance value.
Point.x = property(lambda self: "property x", lambda self, v: print("  set via property", v))
print("property added:", read_x(p))
bump_x_result = None
try:
    bump_x(p)
except TypeError as e:
    print("  ", type(e).__name__, e)
del Point.x
print("property removed:", read_x(p), bump_x(p))

# A non-data class attribute does not hide the instance value.
Point.x = "class x"
print("class value added:", read_x(p), read_x(Point.__new__(Point)))
del Point.x

# __getattribute__ on the class decides every read.
Point.__getattribute__ = lambda self, name: "hooked " + name
print("hooked:", read_x(p))
del Point.__getattribute__
print("unhooked:", read_x(p))


# Another class with the same layout: same shape of names, other type.
class Other:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def y2(self):
        return self.y * 2


o = Other("other", 0)
print("other class:", read_x(o), read_x(p))

# __class__ assignment moves an instance to another class at once.
q = Point(10, 20)
print("before class change:", read_x(q))


class Shadow:
    x = property(lambda self: "Shadow.x")


q.__class__ = Shadow
print("after class change:", read_x(q))
q.__class__ = Point
print("back:", read_x(q))

# Reading __dict__ moves the attributes into a real dict; the site must follow it.
r = Point(7, 8)
print("before __dict__:", read_x(r))
r.__dict__["x"] = "via dict"
print("after __dict__ write:", read_x(r), bump_x(Point(1, 1)))

# Deleting and adding attributes changes the layout.
s = Point(5, 6)
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("deleted:", e)
s.x = "again"
print("re-added:", read_x(s))

# Instances whose attributes were added in another order.
t = Point.__new__(Point)
t.y = 1
t.x = "y first"
print("other order:", read_x(t), sum(read_x(p) for p in pts[:5]))


# __slots__ classes never use instance layouts.
class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


print("slots:", read_x(Slotted("slot")), bump_x(Slotted(41)))
print("done:", [read_x(v) for v in (p, o, q, r, s, t)])
