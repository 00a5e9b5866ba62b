import typing
from typing import (get_type_hints, get_origin, get_args, List, Dict, Optional, Union,
                    Callable, Annotated, Literal, Tuple, cast, overload, no_type_check,
                    TYPE_CHECKING, NewType, Generic, TypeVar, ClassVar, Final, Any,
                    ForwardRef, ParamSpec, Concatenate)

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]))
print(get_origin(Optional[int]), get_origin(Annotated[int, 'x']), get_origin(int))
print(get_origin(list[int]), get_origin(Generic), get_origin(Literal[1]), get_origin(Callable[[int], str]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int, str], bool]))
print(get_args(Callable[..., int]), get_args(Annotated[int, 'x', 'y']), get_args(int))
print(get_args(Tuple[int, ...]), get_args(list[int]), get_args(Literal['a', 'b']))
print(get_args(int | str), get_origin(int | str))


class Node:
    value: int
    next: 'Optional[Node]'
    tags: List[str] = []
    count: ClassVar[int] = 0


print(get_type_hints(Node))


def f(a: int, b: 'str' = 'x', *args: float, c: Annotated[int, 'm'] = 1, **kw: Any) -> List[int]:
    return []


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['c'])
print(f.__annotations__['b'])
print(cast(int, 'not an int'), cast('List[int]', 5), TYPE_CHECKING)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2


print(g(2), g('ab'))


@no_type_check
def h(x: 'undefined') -> 'nothing':
    return x


print(h(1), h.__no_type_check__, get_type_hints(h))
UserId = NewType('UserId', int)
u = UserId(5)
print(UserId, u, type(u), UserId.__supertype__, UserId.__name__)
print(ForwardRef('X'), ForwardRef('X') == ForwardRef('X'))
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(typing.Final[int], typing.ClassVar[int], typing.TypeAlias, typing.LiteralString)
try:
    Any()
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)
