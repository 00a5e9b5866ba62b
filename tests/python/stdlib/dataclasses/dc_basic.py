from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int))
print(Point.__hash__ is None)
p.x = 10
print(p)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__doc__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass(repr=False, eq=False)
class Plain:
    a: int


q = Plain(3)
print(q.a, q == Plain(3), q == q, type(q.__repr__).__name__)

match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)

try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
