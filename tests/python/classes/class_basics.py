class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
p.dims = 3
print(p.dims, Point.dims)
print(sorted(p.__dict__))
print(Point.norm2(p))
print(type(Point.__dict__["norm2"]).__name__)
