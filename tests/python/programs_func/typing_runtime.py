from typing import (Any, Callable, Dict, List, Literal, Optional, Tuple, Union, TypeVar,
                    Generic, get_type_hints, cast, get_origin, get_args, Iterable, Sequence, Set, FrozenSet)
import typing

print(Optional[int])
print(Union[int, str])
print(Union[int, None])
print(Union[int, str, None])
print(Optional[Union[int, str]])
print(Union[int])
print(Union[int, int, str])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[bytes])
print(Callable[[int, str], bool], Callable[..., Any])
print(Literal["r", "w"], Literal[1, True, None])
print(int | str, int | None, list[int] | None)
print(type(int | str), type(Optional[int]).__name__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(int | str), get_args(int | str), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]))
print(get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(List[int] == list[int], list[int] == list[int])
print(typing.Any, repr(typing.Any))
print(Iterable[int], Sequence[str])
print(list[tuple[int, str]], dict[str, "Node"])

T = TypeVar("T")
K = TypeVar("K", str, bytes)
B = TypeVar("B", bound=int)
print(T, K, B, T.__name__, K.__constraints__, B.__bound__)
print(List[T], Dict[K, T])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack[int]()
s.push(1)
s.push(2)
print(s, s.pop(), Stack[int], Stack[str].__origin__ is Stack)
print(Stack.__parameters__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else None)
print(type(s).__name__, s.__orig_class__)

class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair[bytes, List[int]])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)

def greet(name: str, times: int = 1, *, sep: Optional[str] = None) -> List[str]:
    return [name] * times

print(get_type_hints(greet))
print(greet.__annotations__)

class Config:
    name: str
    retries: int = 3
    ratio: "float"

print(get_type_hints(Config))
print(Config.__annotations__)
x = cast(int, "not really")
print(x, cast("List[int]", [1]))
print(typing.TYPE_CHECKING)

def describe(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return "int"
    return "str"
print(describe(3), describe("a"))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
try:
    isinstance(3, List[int])
except TypeError as e:
    print(type(e).__name__, e)
print(typing.NoReturn, typing.ClassVar[int], typing.Final[int])
print(typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "meta", 2]))
