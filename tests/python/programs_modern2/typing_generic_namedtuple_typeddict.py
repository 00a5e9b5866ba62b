# Generic NamedTuple and TypedDict classes (3.11).
from typing import NamedTuple, TypedDict, Generic, TypeVar, get_type_hints

T = TypeVar("T")


class Group(NamedTuple, Generic[T]):
    key: T
    items: list[T]


g = Group(1, [1, 2])
print(g, Group[int], Group[str](key="a", items=[]), g._fields, Group.__parameters__)


class Box(TypedDict, Generic[T]):
    content: T
    label: str


print(Box[int], Box.__parameters__, Box(content=1, label="x"), get_type_hints(Box))
try:
    class Bad(NamedTuple, dict):
        x: int
except TypeError as e:
    print("TypeError:", e)
