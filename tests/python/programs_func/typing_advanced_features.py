import typing
from typing import (Annotated, Callable, Concatenate, Final, Generic, Literal, NoReturn, ParamSpec,
                    Protocol, Self, TypeGuard, TypeVar, TypeVarTuple, Unpack, assert_never, assert_type,
                    final, get_args, get_origin, get_overloads, get_type_hints, overload, reveal_type)
import functools

P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")

def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 0) -> int:
    return a + b

print(add(2, b=3))
print(get_type_hints(add))
print(P, P.args, P.kwargs, Ts)
print(Callable[Concatenate[str, P], R], get_args(Callable[Concatenate[str, P], R]))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x
print(parse(5), len(get_overloads(parse)), [get_type_hints(o)["x"] for o in get_overloads(parse)])

@final
class Leaf:
    @final
    def method(self):
        return 1
print(Leaf.__final__, Leaf.method.__final__)

MAX: Final[int] = 10
print(get_type_hints(__import__("__main__"))["MAX"] if False else MAX)

def is_str_list(val: list) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)
print(is_str_list(["a"]), is_str_list([1]), get_type_hints(is_str_list)["return"])

def handle(x: int | str) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)
print(handle(1), handle("a"))
try:
    assert_never("unexpected")
except AssertionError as e:
    print(type(e).__name__, e)
print(assert_type(5, int), reveal_type.__name__)

class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self
print(Builder().add("a").add("b").parts, get_type_hints(Builder.add)["return"])

Distance = Annotated[float, "meters", {"min": 0}]
def move(d: Distance) -> None:
    pass
print(get_type_hints(move), get_type_hints(move, include_extras=True))
print(get_args(Distance), get_origin(Distance), Distance.__metadata__)
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1])

class SupportsClose(Protocol):
    def close(self) -> None: ...
try:
    isinstance(open, SupportsClose)
except TypeError as e:
    print(type(e).__name__, e)

def fail() -> NoReturn:
    raise RuntimeError("never returns")
print(get_type_hints(fail))
print(typing.Literal[1] | None, int | Literal["x"])
print(repr(typing.Required[int]), repr(typing.NotRequired[str]), typing.ClassVar[list[int]])
print(typing.Union[int, str].__args__, (int | str).__args__, typing.Optional[int].__args__)
print(typing.get_origin(typing.Required[int]) is typing.Required)
print(typing.TypeAlias, typing.dataclass_transform()(lambda c: c).__dataclass_transform__ if hasattr(typing, "dataclass_transform") else None)
