# Protocol with @runtime_checkable: isinstance checks only presence of members.
from typing import Protocol, runtime_checkable, SupportsAbs, SupportsIndex, SupportsInt


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def describe(self) -> str: ...


class File:
    def close(self):
        return "closed"


class Box:
    size = 3

    def describe(self):
        return "box"


class NotBox:
    def describe(self):
        return "nope"


print(isinstance(File(), Closable), isinstance(object(), Closable))
print(isinstance(Box(), Sized2), isinstance(NotBox(), Sized2))
print(issubclass(File, Closable))
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print("TypeError:", e)


class NotChecked(Protocol):
    def go(self): ...


try:
    isinstance(File(), NotChecked)
except TypeError as e:
    print("TypeError:", e)
try:
    NotChecked()
except TypeError as e:
    print("TypeError:", e)

print(isinstance(3, SupportsAbs), isinstance("3", SupportsInt), isinstance(2, SupportsIndex))
print(Closable._is_protocol, getattr(File, "_is_protocol", False))


class Explicit(Closable):
    pass


print(Explicit().close(), isinstance(Explicit(), Closable))
