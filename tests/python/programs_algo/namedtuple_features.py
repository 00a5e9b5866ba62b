from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p[1], len(p))
print(Point._fields)
print(p._asdict())
print(p._replace(x=10))
print(Point._make([7, 8]))
x, y = p
print(x + y)
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Paris"])
print(Person("Ann", 30))
print(Person._field_defaults)
Emp = namedtuple("Emp", "name, dept, salary", defaults=(0,))
print(Emp("Bob", "IT"))
try:
    Emp("Bob")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p._replace(z=1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p.x = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
R = namedtuple("R", "a def class _x", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    namedtuple("Bad", "a _b")
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    namedtuple("Bad", "a 1b")
except ValueError as ex:
    print(type(ex).__name__, ex)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, isinstance(v, tuple))
print(p == (3, 4), hash(p) == hash((3, 4)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__name__, Point.__doc__)
print(Point.x.__doc__)
print(Person("Z", 1, "Q")._asdict())
print(Point(x=1, y=2), Point(1, y=5))
try:
    Point(1, x=2)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(list(map(Point._make, [(1, 2), (3, 4)])))
print(p.count(3), p.index(4))
print(Point(*range(2)))
print(namedtuple("E", "")())
