# PEP 560: a class statement replaces each base that is not a class but has __mro_entries__ by what
# it returns, and records the bases as written in __orig_bases__; type() refuses such bases.
from typing import Generic, NewType, TypeVar
import types

T = TypeVar("T")


class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


class Proxy:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("__mro_entries__ sees", len(bases), "bases")
        return self.targets


class A(Proxy(Mixin)):
    pass


class B(Proxy(), Mixin):
    pass


class Box(Generic[T]):
    pass


class IntBox(Box[int], Proxy(Mixin)):
    pass


for cls in (A, B, Box, IntBox):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], "__orig_bases__" in vars(cls))
print(A().hello(), IntBox().hello(), IntBox.__orig_bases__[0])


class Bad:
    def __mro_entries__(self, bases):
        return [Mixin]


for make in (lambda: type("C", (Proxy(Mixin),), {}), lambda: types.new_class("D", (Proxy(Mixin),))):
    try:
        print(make().__mro__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

UserId = NewType("UserId", int)
try:
    class AdminId(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
