from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Container, Hashable, Callable, Sequence, Mapping, MutableMapping

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Circle:
    def draw(self):
        return "O"
class Blob:
    pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Blob, Drawable))

class Plugin(ABC):
    pass
class Tool:
    pass
r = Plugin.register(Tool)
print(r is Tool, issubclass(Tool, Plugin), isinstance(Tool(), Plugin), Tool.__mro__)
@Plugin.register
class Other:
    pass
print(issubclass(Other, Plugin))
Plugin.register(int)
print(isinstance(3, Plugin), isinstance("s", Plugin), issubclass(bool, Plugin))

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
b = Bag(1, 2)
print(isinstance(b, Iterable), isinstance(b, Sized), isinstance(b, Container), isinstance(b, Sequence))
print(isinstance(b, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(b, Callable))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable))

class MyMap(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], len(m), list(m), "a" in m, m.get("z", 0), list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m.keys() & {"a"})
try:
    class Half(MutableMapping):
        def __getitem__(self, k): pass
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class MySeq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = MySeq(5)
print(list(s), s.index(9), s.count(4), 16 in s, list(reversed(s)))
