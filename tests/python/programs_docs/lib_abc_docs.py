# abc: ABCMeta.register, __subclasshook__, abstract methods and properties, collections.abc mixins.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import collections.abc as cabc

class MyABC(ABC):
    pass
MyABC.register(tuple)
print(issubclass(tuple, MyABC), isinstance((), MyABC), issubclass(list, MyABC))

class Foo:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 2
    def __len__(self):
        return 3
    def get_iterator(self):
        return iter(self)

class MyIterable(ABC):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None
    def get_iterator(self):
        return self.__iter__()
    @classmethod
    def __subclasshook__(cls, C):
        if cls is MyIterable:
            if any("__iter__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
MyIterable.register(Foo)
print(issubclass(Foo, MyIterable), issubclass(list, MyIterable), issubclass(int, MyIterable), list(Foo().get_iterator()))

class C(ABC):
    @abstractmethod
    def my_abstract_method(self, arg):
        ...
    @classmethod
    @abstractmethod
    def my_abstract_classmethod(cls, arg):
        ...
    @staticmethod
    @abstractmethod
    def my_abstract_staticmethod(arg):
        ...
    @property
    @abstractmethod
    def my_abstract_property(self):
        ...
    @my_abstract_property.setter
    @abstractmethod
    def my_abstract_property(self, val):
        ...
print(sorted(C.__abstractmethods__))
try:
    C()
except TypeError as e:
    print('TypeError:', e)

class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Half(Shape):
    pass
print(Square(3).describe(), Half.__abstractmethods__, Shape.__abstractmethods__ == {'area'})
try:
    Half()
except TypeError as e:
    print('TypeError:', e)

class ListBasedSet(cabc.Set):
    def __init__(self, iterable):
        self.elements = lst = []
        for value in iterable:
            if value not in lst:
                lst.append(value)
    def __iter__(self):
        return iter(self.elements)
    def __contains__(self, value):
        return value in self.elements
    def __len__(self):
        return len(self.elements)
s1 = ListBasedSet('abcdef')
s2 = ListBasedSet('defghi')
overlap = s1 & s2
print(list(overlap), list(s1 | s2), list(s1 - s2), s1 <= s1 | s2, s1.isdisjoint(ListBasedSet('xyz')))
print(isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
print(issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable), isinstance(range(3), cabc.Reversible), issubclass(dict, cabc.Reversible))
class Seq(cabc.Sequence):
    def __getitem__(self, i):
        return 'xyz'[i]
    def __len__(self):
        return 3
s = Seq()
print(list(s), s.index('y'), s.count('z'), 'x' in s, list(reversed(s)))
try:
    cabc.Sequence.register(5)
except TypeError as e:
    print('TypeError:', e)
