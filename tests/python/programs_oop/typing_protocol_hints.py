from typing import Protocol, runtime_checkable, TypedDict, get_type_hints, Optional, List, Dict, Union
import typing

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class SupportsArea(Protocol):
    def area(self) -> float: ...

class File:
    def close(self):
        print("closed")
class Rock:
    pass
print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))
try:
    isinstance(File(), SupportsArea)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Closable()
except TypeError as e:
    print(type(e).__name__, e)

@runtime_checkable
class HasName(Protocol):
    name: str
class N:
    name = "x"
print(isinstance(N(), HasName), isinstance(Rock(), HasName))
try:
    issubclass(N, HasName)
except TypeError as e:
    print(type(e).__name__, e)

class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float

m: Movie = {"title": "Up", "year": 2009}
print(m, type(m), sorted(Movie.__required_keys__), Movie2.__optional_keys__, Movie2.__total__)
print(sorted(Movie2.__required_keys__), Movie2.__annotations__)
mv = Movie(title="Heat", year=1995)
print(mv, type(mv).__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
Pt = TypedDict("Pt", {"x": int, "y": int})
print(Pt(x=1, y=2), Pt.__annotations__)

class Config:
    name: str
    retries: int = 3
    tags: List[str]
    parent: Optional["Config"] = None
    extra: "Dict[str, Union[int, str]]"
print(get_type_hints(Config))
print(Config.__annotations__)

def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: bool) -> List[int]:
    return [a]
print(get_type_hints(f))
print(f.__annotations__)
def g(x: "Undefined") -> None:
    pass
try:
    get_type_hints(g)
except NameError as e:
    print(type(e).__name__, e)
print(get_type_hints(g, globalns={"Undefined": int}))
print(typing.get_type_hints(Movie2))
class Base:
    a: int
class Derived(Base):
    b: str
print(get_type_hints(Derived), Derived.__annotations__)
from typing import Annotated
def h(x: Annotated[int, "meta"]) -> None: ...
print(get_type_hints(h), get_type_hints(h, include_extras=True))
print(typing.cast(int, "s"), typing.TYPE_CHECKING)
@typing.overload
def ov(x: int) -> int: ...
@typing.overload
def ov(x: str) -> str: ...
def ov(x):
    return x
print(ov(3))
try:
    ov.__wrapped__
except AttributeError as e:
    print(type(e).__name__)
@typing.final
class Fin: pass
print(Fin.__name__, getattr(Fin, "__final__", None))
