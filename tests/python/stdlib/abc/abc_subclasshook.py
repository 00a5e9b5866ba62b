from abc import ABC, ABCMeta, abstractmethod
class Sized2(ABC):
    @abstractmethod
    def __len__(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('abc', Sized2), isinstance(3, Sized2))
class Box:
    def __len__(self): return 0
print(issubclass(Box, Sized2), isinstance(Box(), Sized2))
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class N(Never): pass
Never.register(str)
print(issubclass(N, Never), issubclass(str, Never))
class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
class Runner(WithMeta):
    def run(self): return 'ran'
print(Runner().run(), isinstance(Runner(), WithMeta))
try:
    WithMeta()
except TypeError as e:
    print('TypeError:', e)
