import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and math.isclose(self.area(), other.area())

    __hash__ = None


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle(r={self.r})"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def __repr__(self):
        return f"Triangle{self.sides}"


class Blob(Shape):
    def area(self):
        return 0


shapes = [Circle(1), Rectangle(3, 4), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rectangle(1, 4), Square(2) == 4, Circle(1) != Circle(1))
print(Shape.count, Square.__mro__)
print(sorted(Shape.__abstractmethods__), Blob.__abstractmethods__, Circle.__abstractmethods__)
print(isinstance(Square(1), Rectangle), issubclass(Square, Shape), issubclass(Circle, ABC))
try:
    hash(Circle(2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Blob("b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Circle(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(f"total area {sum(s.area() for s in shapes):.4f}")
Shape("generic")
