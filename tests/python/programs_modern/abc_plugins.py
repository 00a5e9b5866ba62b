from abc import ABC, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token
import abc

class Storage(ABC):
    @abstractmethod
    def read(self, key: str) -> bytes:
        """Read bytes."""
    @abstractmethod
    def write(self, key: str, data: bytes) -> None: ...
    def copy(self, src, dst):
        self.write(dst, self.read(src))

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    def read(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise FileNotFoundError(key) from None
    def write(self, key, data):
        self.data[key] = data

class LoggingStorage(MemoryStorage):
    def write(self, key, data):
        print(f"write {key!r} {len(data)} bytes")
        super().write(key, data)

s = LoggingStorage()
s.write("a", b"hello")
s.copy("a", "b")
print(sorted(s.data.items()))
try:
    s.read("zzz")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.args)
print(Storage.read.__doc__, Storage.read.__isabstractmethod__)
print(MemoryStorage.__abstractmethods__ == frozenset(), type(Storage.__abstractmethods__).__name__)

class Old(ABC):
    @abstractproperty
    def size(self): ...
    @abstractclassmethod
    def make(cls): ...
    @abstractstaticmethod
    def helper(): ...
try:
    Old()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Old.__abstractmethods__))

class Late(ABC):
    pass
def go(self): ...
Late.go = abstractmethod(go)
print(Late.__abstractmethods__)
abc.update_abstractmethods(Late)
print(Late.__abstractmethods__)
try:
    Late()
except TypeError as e:
    print(type(e).__name__, e)

class Iface(ABC):
    @abstractmethod
    def __len__(self): ...
    @abstractmethod
    def __iter__(self): ...
class Thing(Iface):
    def __len__(self): return 0
try:
    Thing()
except TypeError as e:
    print(type(e).__name__, e)

class Animal(ABC):
    @property
    @abstractmethod
    def sound(self) -> str: ...
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    @property
    def sound(self):
        return "meow"
print(Dog().speak(), Cat().speak())
print(isinstance(Dog(), Animal), issubclass(Cat, ABC), Animal.__mro__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), Reg.register(str) is str)
print(type(get_cache_token()).__name__)
try:
    Reg.register(5)
except TypeError as e:
    print(type(e).__name__, e)
class Multi(ABC):
    @abstractmethod
    def z(self): ...
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def m(self): ...
Multi()
