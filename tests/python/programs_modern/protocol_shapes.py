from typing import Protocol, runtime_checkable, ClassVar
from abc import abstractmethod
import math

@runtime_checkable
class Shape(Protocol):
    name: ClassVar[str]
    def area(self) -> float: ...
    def perimeter(self) -> float: ...

class Drawable(Protocol):
    @abstractmethod
    def draw(self) -> str:
        raise NotImplementedError

class Circle:
    name = "circle"
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Square(Drawable):
    name = "square"
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    def draw(self): return "[]"

class Line:
    name = "line"
    def perimeter(self): return 0

def report(shapes: list[Shape]) -> None:
    for s in shapes:
        print(f"{s.name:<7} area={s.area():8.3f} perimeter={s.perimeter():7.3f}")

report([Circle(1), Square(2), Circle(0.5)])
print(isinstance(Circle(1), Shape), isinstance(Square(1), Shape), isinstance(Line(), Shape))
print(Square(1).draw(), issubclass(Square, Drawable))
class Half(Drawable):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotP(Protocol, int): pass
except TypeError as e:
    print(type(e).__name__, e)
@runtime_checkable
class HasName(Protocol):
    name: str
class Named:
    def __init__(self): self.name = "n"
print(isinstance(Named(), HasName), isinstance(object(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(type(e).__name__, e)
@runtime_checkable
class Closeable(Protocol):
    def close(self): ...
class Child(Closeable, Protocol):
    def open(self): ...
print(Child._is_protocol if hasattr(Child, "_is_protocol") else None)
try:
    isinstance(3, Child)
except TypeError as e:
    print(type(e).__name__, e)
class NoneClose:
    close = None
print(isinstance(NoneClose(), Closeable), issubclass(NoneClose, Closeable))
import io
print(isinstance(io.StringIO(), Closeable), issubclass(int, Closeable))
