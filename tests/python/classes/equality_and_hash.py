class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
print(Point.__hash__)
try:
    hash(Point(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class HPoint(Point):
    def __hash__(self): return hash((self.x, self.y))
s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s))
d = {HPoint(0, 0): "origin"}
print(d[HPoint(0, 0)])
class NE:
    def __eq__(self, o): return NotImplemented
print(NE() == NE(), NE() != NE())
x = NE()
print(x == x)
