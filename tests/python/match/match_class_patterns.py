class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    def __init__(self, c, r): self.center, self.r = c, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(center=Point(0, 0), r=r):
            return f"circle at origin r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(5, 0), Point(0, 3), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 4), 7, 2.5, "x", []]:
    print(where(o))
