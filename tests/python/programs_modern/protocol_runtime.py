from typing import Protocol, runtime_checkable, Iterable, TypeVar, Generic, Any

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class HasArea(Protocol):
    area: float
    def describe(self) -> str: ...

class NotRuntime(Protocol):
    def run(self) -> int: ...

class File:
    def close(self):
        print("file closed")

class Square:
    def __init__(self, s):
        self.area = s * s
    def describe(self):
        return f"square area {self.area}"

class Blob:
    area = 3.0

def close_all(things: Iterable[SupportsClose]) -> None:
    for t in things:
        t.close()

print(isinstance(File(), SupportsClose), isinstance(3, SupportsClose))
print(isinstance(Square(2), HasArea), isinstance(Blob(), HasArea))
close_all([File(), File()])
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Square, HasArea)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(File, SupportsClose))
try:
    SupportsClose()
except TypeError as e:
    print(type(e).__name__, e)

class Explicit(SupportsClose):
    pass
e = Explicit()
print(e.close(), isinstance(e, SupportsClose))

T = TypeVar("T")
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

CT = TypeVar("CT", bound=Comparable)

def biggest(xs: list[CT]) -> CT:
    best = xs[0]
    for x in xs[1:]:
        if best < x:
            best = x
    return best
print(biggest([3, 9, 2]), biggest(["pear", "apple"]))
print(CT, CT.__bound__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"
s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), s)
print(Stack[str], Stack.__parameters__, Stack[int].__origin__ is Stack)
try:
    Stack[int, str]
except TypeError as e:
    print(type(e).__name__, e)
print(SupportsClose.__name__, getattr(SupportsClose, "_is_protocol", None))
import typing
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(5, Sized2), isinstance("", typing.Sized))
print(isinstance([], typing.Iterable), isinstance(3, typing.SupportsInt), isinstance("3", typing.SupportsInt))
print(isinstance(2.5, typing.SupportsFloat), isinstance(2, typing.SupportsIndex), isinstance(2.0, typing.SupportsIndex))
