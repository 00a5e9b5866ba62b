from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.3f}"

class Circle(Shape):
    name = "circle"
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    @property
    def name(self): return "rectangle"
    def area(self): return self.w * self.h

for s in (Circle(1), Rect(2, 3.5)):
    print(s.describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "name"}), isinstance(Circle(2), Shape), issubclass(Rect, ABC))
class Duck:
    def area(self): return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
from collections.abc import Iterable, Sized, Hashable, Sequence, Mapping
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(set(), Hashable), isinstance(Duck(), Iterable), issubclass(str, Sized))
