# Abstract base classes, super() misuse and MRO conflicts in a small shape library.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        if r < 0:
            raise ValueError(f"radius must be non-negative, got {r}")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Broken(Circle):
    def __init__(self):
        super().__init__()

for make in [lambda: Shape(), lambda: Square(2), lambda: Circle(1.5), lambda: Circle(-1), lambda: Broken(),
             lambda: Circle("3")]:
    try:
        print(make().describe())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
for bases in [(A, B), (B, A), (A, A), (int, str), (A, int), (Circle, Square)]:
    try:
        C = type("C", bases, {})
        print([k.__name__ for k in C.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)

class Meta1(type): pass
class Meta2(type): pass
class X(metaclass=Meta1): pass
class Y(metaclass=Meta2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)

def outside():
    return super().area()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Circle, Square(1)).area()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(super(Circle, Circle(2)).describe())
print(isinstance(Circle(1), Shape), issubclass(Square, Shape), Shape.__abstractmethods__)
print(sorted(Square.__abstractmethods__))
Square(3).describe()
