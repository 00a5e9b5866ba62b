# typing.get_overloads and clear_overloads (3.11); assert_type is an identity at runtime.
from typing import overload, get_overloads, clear_overloads, assert_type


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))
print([o.__annotations__ for o in get_overloads(double)])
try:
    get_overloads(double)[0](1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
clear_overloads()
print(get_overloads(double))
print(assert_type(3, str), assert_type([1], list[int]))


class C:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: bytes) -> bytes: ...
    def m(self, x):
        return x


print(len(get_overloads(C.m)), C().m(b"x"))
