from typing import (Optional, Union, List, Dict, Tuple, Callable, Any, TypedDict, NamedTuple,
                    Literal, Sequence, Iterable, TypeVar, Generic, get_type_hints, get_origin, get_args, Set, FrozenSet)
import typing

print(Optional[int], Union[int, str], Union[int, None], Union[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int] == list[int])
print(int | str, int | None, type(int | str).__name__, (int | str) == Union[int, str])
print(Literal["a", 1], Sequence[int], Iterable[str], Set[int], FrozenSet[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(list[int]), get_args(tuple[int, str]), get_args(int | str))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, repr(T), T.__name__, K.__bound__)
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(3).v, Box.__parameters__)
class Movie(TypedDict):
    title: str
    year: int
class MovieOpt(Movie, total=False):
    rating: float
m: Movie = {"title": "Heat", "year": 1995}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(MovieOpt.__optional_keys__))
print(Movie(title="x", year=1))
print(Movie.__annotations__)
def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
print(f.__annotations__)
print(get_type_hints(f))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp.__annotations__, get_type_hints(Emp))
print(typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int])
print(Optional[List[Dict[str, int]]], Union[List[int], Tuple[str, ...], None])
print(list[tuple[int, str]] == list[tuple[int, str]], list[int] is list[int])
x: list[int] = [1]
print(__annotations__ if "__annotations__" in dir() else None)
print(repr(Union[str, int, None]), str(dict[str, "Movie"]))
print(isinstance([], list), isinstance(3, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
def g(x: "Undefined") -> None: pass
get_type_hints(g)
