from typing import TypeVar, Generic, Iterator, Callable, Optional, Sequence, overload
from dataclasses import dataclass
import typing

T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K")
V = TypeVar("V")

@dataclass
class Node(Generic[T]):
    value: T
    next: "Optional[Node[T]]" = None

class LinkedList(Generic[T]):
    def __init__(self, items: Sequence[T] = ()) -> None:
        self.head: Optional[Node[T]] = None
        for it in reversed(items):
            self.head = Node(it, self.head)
    def __iter__(self) -> Iterator[T]:
        n = self.head
        while n:
            yield n.value
            n = n.next
    def map(self, f: Callable[[T], U]) -> "LinkedList[U]":
        return LinkedList([f(x) for x in self])
    def __repr__(self) -> str:
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList([1, 2, 3])
print(ll, ll.map(str), ll.map(lambda x: x / 2))
print(ll.head)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)
    def __repr__(self):
        return f"Pair({self.k!r}, {self.v!r})"
print(Pair("a", 1).swap(), Pair[str, int], Pair.__parameters__)
print(Pair[str, int].__args__, Pair[str, int].__origin__)
IntPair = Pair[int, V]
print(IntPair, IntPair.__parameters__, IntPair[str])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Generic[T, T]): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic()
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Pair[str, int]):
    pass
print(Sub("x", 2), Sub.__orig_bases__, Sub.__parameters__)
class Sub2(Pair[str, V], Generic[V]):
    pass
print(Sub2[float], Sub2.__parameters__)
print(typing.get_origin(Sub2[float]) is Sub2, typing.get_args(Sub2[float]))
def first(xs: list[T]) -> T:
    return xs[0]
print(first([9, 8]), first.__annotations__)
print(list[T], list[T][int], dict[K, list[V]][str, int])
print(T.__constraints__, T.__bound__, T.__covariant__, T.__contravariant__)
try:
    TypeVar("X", int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypeVar("X", covariant=True, contravariant=True)
except ValueError as e:
    print(type(e).__name__, e)
S = TypeVar("S", bound="Comparable")
print(S.__bound__)
print(Node[int](5), Node[int].__origin__.__name__)
print(isinstance(ll, LinkedList), isinstance(Node(1), Node))
try:
    isinstance(ll, LinkedList[int])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(typing.Generic), repr(typing.Protocol))
