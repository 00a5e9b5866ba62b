from typing import TypeVar, Generic, List, Dict, Optional, Union, Any, Callable, Tuple, Iterator, Sequence, Literal, Final, ClassVar
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Stack[str].__origin__ is Stack, Stack.__parameters__)
print(T, N, B, T.__name__, N.__constraints__, B.__bound__)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int], Pair[str, int]("a", 1).v, Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)

print(Optional[int], Union[int, str], Union[int, None], Union[int, int], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(Literal["a", "b"], Literal[1], Final[int], ClassVar[int], Any)
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], int | str, int | None)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(typing.get_origin(int | str), typing.get_args(int | str), typing.get_origin(Literal[1]))
print(List[int] == list[int], Sequence[int], Iterator[str])

def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__annotations__)

class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None):
        self.v, self.nxt = v, nxt
print(typing.get_type_hints(Node.__init__))
print(isinstance(s, Stack), issubclass(Stack, Generic), Stack.__mro__)
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), isinstance(None, Optional[int]) if hasattr(typing, "Optional") else "")
class IntStack(Stack[int]):
    pass
print(IntStack.__orig_bases__, IntStack.__parameters__)
print(repr(typing.Any), typing.NoReturn, typing.Type[int], type[int])
print(Union[int], Union[int, Union[str, float]])
