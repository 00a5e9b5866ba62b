from abc import ABC, ABCMeta, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    @property
    def name(self):
        return "circle"

class Half(Shape):
    def area(self):
        return 1

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Circle(2).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Circle.__abstractmethods__)
print(isinstance(Circle(1), Shape), type(Shape), type(Shape).__name__)

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Canvas:
    def draw(self):
        return "drawn"

class Rock:
    pass

print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), issubclass(Rock, Drawable))

class Sized2(ABC):
    pass

Sized2.register(list)
@Sized2.register
class Mine:
    pass
print(issubclass(list, Sized2), isinstance([], Sized2), issubclass(Mine, Sized2), issubclass(dict, Sized2))
print(Mine.__name__)

class Base(ABC):
    @staticmethod
    @abstractmethod
    def make(): ...
    @classmethod
    @abstractmethod
    def build(cls): ...

class Impl(Base):
    @staticmethod
    def make():
        return "made"
    @classmethod
    def build(cls):
        return cls.__name__

print(Impl.make(), Impl.build(), Impl().build())
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)

class One(ABC):
    @abstractmethod
    def go(self): ...
try:
    One()
except TypeError as e:
    print(type(e).__name__, e)
print(One.go.__isabstractmethod__)
class P(ABC):
    @property
    @abstractmethod
    def v(self): ...
print(P.v.__isabstractmethod__)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
print(isinstance("x", cabc.Hashable), isinstance([], cabc.Hashable), issubclass(set, cabc.MutableSet))
class MyList(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
m = MyList([3, 1, 3, 2])
print(list(m), m.index(3), m.count(3), 2 in m, list(reversed(m)))
try:
    cabc.Mapping()
except TypeError as e:
    print(type(e).__name__, e)
Half()
