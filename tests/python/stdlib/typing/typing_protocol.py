from typing import (Protocol, runtime_checkable, SupportsInt, SupportsFloat,
                    SupportsAbs, SupportsIndex, Iterable)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        return 'closed'


class Rock:
    pass


print(isinstance(File(), Closable), isinstance(Rock(), Closable))
print(issubclass(File, Closable), issubclass(Rock, Closable))


class NotRuntime(Protocol):
    def run(self) -> int:
        ...


try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(e)
try:
    NotRuntime()
except TypeError as e:
    print(e)


class Impl(Closable):
    pass


print(Impl().close(), isinstance(Impl(), Closable))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-1, SupportsAbs), isinstance(3, SupportsIndex), isinstance(1.5, SupportsIndex))


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = 'n'


print(isinstance(Named(), HasName), isinstance(Rock(), HasName))
try:
    runtime_checkable(Rock)
except TypeError as e:
    print(e)
