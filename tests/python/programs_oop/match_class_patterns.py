from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Line(start=Point(y=0), end=end):
            return f"line from x axis to {end}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center, radius=r):
            return f"circle r={r} at {center}"
        case [Point() as p, *rest]:
            return f"list starting with {p} and {len(rest)} more"
        case {"type": "point", "x": int(x), **rest}:
            return f"dict point x={x} extra={rest}"
        case int() | float() as num if num < 0:
            return "negative number"
        case str(s):
            return f"string {s!r}"
        case _:
            return f"unknown {type(shape).__name__}"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Line(Point(1, 0), Point(1, 9)),
          Line(Point(2, 0), Point(5, 5)), Circle(Point(1, 1), 20), Circle(Point(0, 0), 1),
          [Point(1, 1), Point(2, 2)], {"type": "point", "x": 3, "color": "red"}, -5, -1.5, "hi", 3.0, None]:
    print(describe(s))

print(Point.__match_args__, Line.__match_args__)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match 5:
    case int(v):
        print("int self-match", v)
match Point(1, 2):
    case Point(missing=3):
        print("no")
    case _:
        print("missing attribute just fails")
