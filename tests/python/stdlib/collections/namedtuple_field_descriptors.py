# namedtuple fields are _collections._tuplegetter data descriptors
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(Point.x, type(Point.x), Point.y.__doc__)
print(Point.x.__get__(p), Point.y.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
for action in (lambda: setattr(p, "x", 1), lambda: delattr(p, "y"), lambda: Point.x.__set__(p, 5)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    Point.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
Point.x.__doc__ = "horizontal"
print(Point.x.__doc__, Point.x.__reduce__()[1])
print(p.x + p.y, p._replace(x=0), Point._make([7, 8]).y)
import collections
print(collections.abc.Sequence, isinstance(p, collections.abc.Sequence))
