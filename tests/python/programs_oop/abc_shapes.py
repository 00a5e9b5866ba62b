from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perim={self.perimeter():.2f}"

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Shape):
    def area(self):
        return 1.0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
print(Sq(3).describe())
print(Half.__abstractmethods__, Sq.__abstractmethods__)
print(sorted(Shape.__abstractmethods__))
print(isinstance(Sq(1), Shape), issubclass(Sq, ABC), type(Shape), type(Shape) is ABCMeta)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass
    @classmethod
    @abstractmethod
    def make(cls):
        pass
    @staticmethod
    @abstractmethod
    def helper():
        pass
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 42
print(Impl.make().name, Impl.helper())
print(getattr(Base.name, "__isabstractmethod__", None), Base.__dict__["make"].__isabstractmethod__)

class Only(ABC):
    @abstractmethod
    def run(self): pass
class SubOnly(Only):
    pass
try:
    SubOnly()
except TypeError as e:
    print(type(e).__name__, e)
print(abc.get_cache_token() is not None)
class Concrete(ABC):
    pass
print(type(Concrete()).__name__)
Shape()
