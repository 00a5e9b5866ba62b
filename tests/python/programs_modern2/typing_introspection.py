# get_type_hints, get_origin and get_args on a range of annotations.
from typing import (get_type_hints, get_origin, get_args, Optional, Union, Callable, Annotated,
                    Dict, List, Tuple, Generic, TypeVar, ClassVar, ForwardRef)
import collections.abc

T = TypeVar("T")

samples = [
    int, list[int], List[int], Dict[str, int], dict[str, list[int]], Optional[int],
    int | None, Union[int, str], Tuple[int, ...], tuple[()], Callable[[int, str], bool],
    Callable[..., None], collections.abc.Callable[[int], str], Annotated[int, "meta"],
    ClassVar[int], Generic, Generic[T], List, type[int],
]
for s in samples:
    print(repr(s), "|", get_origin(s), "|", get_args(s))


class Node:
    value: int
    next: "Optional[Node]" = None
    tags: ClassVar[list[str]] = []


def f(a: "int", b: "list[Node]" = None, *args: str, **kw: float) -> "Node":
    pass


print(get_type_hints(Node))
print(get_type_hints(f))
print(f.__annotations__)
print(ForwardRef("Node"), ForwardRef("x") == ForwardRef("x"))
try:
    get_type_hints(lambda x: x, None) if False else None

    def g(x: "Undefined"): pass
    get_type_hints(g)
except NameError as e:
    print("NameError:", e)
