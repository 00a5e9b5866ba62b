import math
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.3f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rectangle(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Triangle(Shape):
    def __init__(self, a, b, c): self.s = (a, b, c)
    def area(self):
        a, b, c = self.s
        p = (a + b + c) / 2
        return math.sqrt(p * (p - a) * (p - b) * (p - c))
specs = [("circle", 1), ("rectangle", 2, 3), ("triangle", 3, 4, 5), ("circle", 0.5), ("hexagon", 1)]
shapes = []
for kind, *args in specs:
    try:
        shapes.append(Shape.create(kind, *args))
    except ValueError as e:
        print(e)
print(sorted(shapes))
print(max(shapes), sum(s.area() for s in shapes))
print(sorted(Shape.registry))
