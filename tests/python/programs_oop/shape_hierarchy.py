import math
from functools import total_ordering

@total_ordering
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()
    def __hash__(self):
        return hash(round(self.area(), 6))
    def __str__(self):
        return f"{self.name} with area {self.area():.3f}"
    def __repr__(self):
        params = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "name")
        return f"{type(self).__name__}({params})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides: {a}, {b}, {c}")
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s!s:<32} perim={s.perimeter():8.4f} {s!r}")
print(Square(2) == Rectangle(1, 4), Square(2) in shapes, Square(3) > Circle(1.5))
print(len(set(shapes + [Rectangle(4, 1)])), Shape.count)
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Circle(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)], issubclass(Square, Shape))
print(Square.__mro__)
Shape("x").perimeter()
