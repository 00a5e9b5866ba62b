import typing
from typing import (TypeVarTuple, Unpack, Required, NotRequired, TypedDict, Generic, TypeVar, ParamSpec,
                    Callable, Optional, Union, Literal, get_type_hints, ForwardRef, AnyStr, Text, NamedTuple)
import collections.abc as cabc
import types

Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], repr(Unpack[Ts]))
print(tuple[int, Unpack[Ts]])
class Array(Generic[Unpack[Ts]]):
    pass
print(Array[int, str], Array[()], Array.__parameters__)
print(AnyStr, AnyStr.__constraints__, Text)
print(Required[int], NotRequired[str])
print(Literal["a"] | None, Optional[Literal[1, 2]])
print(Union[int, list[str]], int | list[str] | dict[str, int])
print(Callable[[int], Optional[str]])
print(cabc.Callable[[int, str], None], cabc.Callable[..., list[int]])
print(type[int] | None, type(type[int] | None).__name__)
print(types.GenericAlias(list, (int,)), types.UnionType, types.NoneType)
print((int | str).__args__, (int | None).__args__)
print(int | str | int, Union[int, str, int])
print(list[int] | None)
print(typing.Sequence[int] | None)
print(Callable[[int], str] | None)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    list[int] + 1
except TypeError as e:
    print(type(e).__name__, e)
print(Optional[Union[int, str]], Union[Optional[int], str])
print(Literal[Literal[1, 2], 3], Literal[1, 1, 2])
print(typing.Tuple[int, ...] == tuple[int, ...], typing.List[int] == list[int])
print(hash(list[int]) == hash(list[int]), list[int] in {list[int]})
print(dict[str, int]().__class__, list[int]([1, 2]))
print(list[int].__parameters__, dict[str, typing.T].__parameters__ if hasattr(typing, "T") else "")
T = TypeVar("T")
print(dict[str, T].__parameters__, dict[str, T][int])
print(typing.get_origin(list[int]), typing.get_origin(typing.List), typing.get_origin(int))
print(typing.get_args(int), typing.get_args(list[int | None]), typing.get_args(Callable[..., int]))
print(typing.get_args(typing.Tuple[()]), typing.get_args(tuple[()]))
def f(x: "Undefined") -> None: ...
try:
    get_type_hints(f)
except NameError as e:
    print(type(e).__name__, e)
print(ForwardRef("int") == ForwardRef("int"), repr(ForwardRef("list[int]")))
class Tree(NamedTuple):
    left: Optional["Tree"]
    value: int
print(get_type_hints(Tree))
print(typing.List, typing.Dict, typing.Callable, typing.Optional, typing.Union, typing.Literal)
print(typing.Type, typing.Tuple, typing.ClassVar, typing.Final, typing.Annotated)
print(typing.Iterable, typing.Generator[int, None, None], typing.Coroutine)
print(typing.DefaultDict[str, int], typing.OrderedDict[str, int], typing.Counter[str], typing.Deque[int])
print(typing.Pattern, typing.Match[str], typing.IO[str], typing.TextIO)
print(typing.Awaitable[int], typing.AsyncIterator[str], typing.ContextManager[int])
print(typing.NoReturn, typing.Hashable, typing.Sized, typing.SupportsAbs[int])
print(typing.TYPE_CHECKING, typing.no_type_check(f) is f)
