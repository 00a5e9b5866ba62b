import typing
from typing import TypeVar, Generic, ParamSpec, Callable, Concatenate, Optional, Union, List, Dict, Any

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", int, float)
print(T, T_co, T_contra, N, repr(N))
print(T.__covariant__, T_co.__covariant__, T_contra.__contravariant__, N.__constraints__)
P = ParamSpec("P")
print(P, P.args, P.kwargs)
print(Callable[P, int], Callable[Concatenate[int, P], str])

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

class Reader(Generic[T_co]):
    pass

class Mapping2(Generic[T, N]):
    pass

print(Box, Box[int], Box[List[str]], Box[Optional[int]])
print(Reader[int], Mapping2[str, float], Mapping2[T, int])
print(Box[int].__args__, Box[int].__origin__, Box.__parameters__, Mapping2[T, int].__parameters__)
b = Box[int](5)
print(b.get(), type(b), b.__orig_class__)

class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__mro__)
print(IntBox.__parameters__, typing.get_args(IntBox.__orig_bases__[0]))

class Pair(Box[T], Generic[T]):
    pass
print(Pair[str])
try:
    class Wrong(Generic[T], Generic[N]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypeVar("X", int)
except TypeError as e:
    print(type(e).__name__, e)

Alias = Dict[str, List[T]]
print(Alias, Alias[int], Alias.__parameters__)
print(List["Node"], Optional["Node"], typing.ForwardRef("Node"))
print(Union[int, List[T]][str])
print(Callable[[], None], Callable[[int], Optional[str]])
print(typing.Type[int], type[int], typing.Iterator[T][int])
print(typing.Tuple[int, str], tuple[int, ...], typing.Tuple)
print(typing.List, typing.Dict, typing.Callable, typing.Optional)
print(typing.Self, typing.LiteralString, typing.Never)
print(typing.get_origin(Box[int]) is Box, typing.get_args(Callable[P, int]))

def first(xs: List[T]) -> T:
    return xs[0]
print(typing.get_type_hints(first))
print(first.__annotations__["return"] is T)

class Tree(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Tree[T]]]" = None):
        self.value = value
        self.children = children or []
print(typing.get_type_hints(Tree.__init__))
print(hasattr(typing, "reveal_type"))
x = typing.reveal_type(3)
print(x)
UserId = typing.NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, type(UserId(5)))
print(repr(typing.Annotated[int, "positive"]))
print(typing.Literal["a"] == typing.Literal["a"], typing.Literal[1, 2] == typing.Literal[2, 1])
