# types.GenericAlias type variables: __parameters__ and substitution, Callable argument lists
from typing import TypeVar, ParamSpec, Optional, NamedTuple
import collections.abc as cabc

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
P = ParamSpec("P")

print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__)
print(list[T][int], dict[K, V][str, float], dict[str, list[T]][bytes], tuple[T, ...][int])
print(list[list[T]][set[int]], type(list[T][int]).__name__, list[T][int] == list[int])
print(cabc.Callable[[int, str], bool], cabc.Callable[..., T][int], cabc.Mapping[K, int][str])
for bad in (lambda: list[int][str], lambda: dict[K, V][int], lambda: dict[K, V][int, str, float]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Optional[int, str]
except TypeError as e:
    print(type(e).__name__, e)

class Row(NamedTuple):
    name: "str"
    parent: Optional["Row"] = None
print(Row.__annotations__)
