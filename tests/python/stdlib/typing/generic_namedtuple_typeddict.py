# 3.11 generic NamedTuple and TypedDict: class Pair(NamedTuple, Generic[T]) and class TD(TypedDict, Generic[T])
from typing import NamedTuple, Generic, TypeVar, TypedDict, Required, NotRequired
T = TypeVar("T")
class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
p = Pair(1, 2)
print(p, Pair[int], Pair[int](3, 4), Pair.__parameters__, Pair.__mro__)
match p:
    case Pair(a, b):
        print("pair", a, b)
class TD(TypedDict, Generic[T]):
    item: T
print(TD[int], TD(item=1), TD.__parameters__)
class Base(TypedDict, total=False):
    a: Required[int]
    b: str
print(sorted(Base.__required_keys__), sorted(Base.__optional_keys__), Base.__annotations__)
class P3(NamedTuple):
    x: int = 0
    def __repr__(self): return f"P3<{self.x}>"
print(P3(), [P3(1)], str(P3(2)))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        _x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad3(NamedTuple, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)
print(P3._fields, P3._field_defaults, P3.__match_args__, P3.__annotations__)
class Tagged(TD[str], total=False):
    tag: str
print(Tagged.__parameters__, sorted(Tagged.__required_keys__), sorted(Tagged.__optional_keys__), Tagged(item="x"))
K = TypeVar("K")
class Triple(NamedTuple, Generic[T, K]):
    a: T
    b: K
    c: int = 0
print(Triple[int, str], Triple(1, "x"), Triple.__parameters__, Triple._fields, Triple(1, 2)._replace(c=5))
try:
    Triple[int]
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Triple(1, 2), tuple), issubclass(Triple, Generic))
