from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError:', e)
class Impl(Base):
    @property
    def size(self): return 3
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 'help'
i = Impl.make()
print(i.size, Impl.helper(), Impl.__abstractmethods__ == frozenset(), type(Impl.__abstractmethods__).__name__)
class Partial(Base):
    size = 5
print(sorted(Partial.__abstractmethods__))
