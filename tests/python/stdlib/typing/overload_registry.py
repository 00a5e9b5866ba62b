# @overload records each overload (by module, qualname and first line) for get_overloads(); the
# name itself is then the implementation, and calling a bare overload raises NotImplementedError.
from typing import overload, get_overloads, clear_overloads, get_type_hints


@overload
def scale(x: int) -> int: ...
@overload
def scale(x: float) -> float: ...
@overload
def scale(x: str, times: int) -> str: ...
def scale(x, times=2):
    return x * times


class Shape:
    @overload
    def area(self, side: int) -> int: ...
    @overload
    def area(self, w: int, h: int) -> int: ...
    def area(self, a, b=None):
        return a * (a if b is None else b)

    @overload
    @staticmethod
    def unit(kind: str) -> str: ...
    @staticmethod
    def unit(kind):
        return kind + "^2"


print(scale(3), scale(1.5), scale("ab", 3))
print([get_type_hints(o) for o in get_overloads(scale)])
print(len(get_overloads(Shape.area)), [o.__qualname__ for o in get_overloads(Shape.area)])
print(len(get_overloads(Shape.unit)), Shape().area(3), Shape().area(2, 5), Shape.unit("m"))
print(get_overloads(print), get_overloads(lambda: 0))


@overload
def lonely(x: int) -> int: ...


try:
    lonely(1)
except NotImplementedError as e:
    print(type(e).__name__, e)
clear_overloads()
print(get_overloads(scale), get_overloads(Shape.area))
