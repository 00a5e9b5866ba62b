from typing import Protocol, runtime_checkable, TypedDict, Iterator, NotRequired, Required
from abc import abstractmethod

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> float: ...

class Circle:
    def draw(self):
        return "()"

class Square:
    size = 3
    def draw(self):
        return "[]"
    def area(self):
        return self.size ** 2

class Text:
    pass

for obj in [Circle(), Square(), Text(), "str"]:
    print(type(obj).__name__, isinstance(obj, Drawable), isinstance(obj, Sized2))

print(issubclass(Circle, Drawable))
try:
    issubclass(Square, Sized2)
except TypeError as e:
    print(type(e).__name__, e)

class NotChecked(Protocol):
    def go(self) -> None: ...

try:
    isinstance(Circle(), NotChecked)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotChecked()
except TypeError as e:
    print(type(e).__name__, e)

class Shape(Protocol):
    @abstractmethod
    def sides(self) -> int: ...
    def describe(self) -> str:
        return f"shape with {self.sides()} sides"

class Tri(Shape):
    def sides(self):
        return 3

print(Tri().describe())

class Movie(TypedDict):
    title: str
    year: int

class Rated(Movie, total=False):
    stars: float

m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__)
mv = Movie(title="Heat", year=1995)
print(mv, type(mv) is dict)
print(Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Rated.__optional_keys__), sorted(Rated.__required_keys__))
print(Rated.__total__, Movie.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)

Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)

class User(TypedDict):
    name: Required[str]
    email: NotRequired[str]
print(sorted(User.__required_keys__), sorted(User.__optional_keys__))

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

import io
print(isinstance(io.StringIO(), SupportsClose), isinstance(42, SupportsClose))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self) -> Iterator[int]:
        while self.n > 0:
            yield self.n
            self.n -= 1

print(list(Countdown(3)))
import typing
print(isinstance(Countdown(1), typing.Iterable), isinstance(Countdown(1), typing.Iterator))
print(typing.SupportsInt, isinstance(3.5, typing.SupportsInt), isinstance("x", typing.SupportsIndex))
print(isinstance(2, typing.SupportsAbs), isinstance([], typing.Sized), isinstance(3, typing.Hashable))
