class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 2)]))
