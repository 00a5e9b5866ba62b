# slots=True builds the class with __slots__ (never one the class already declares), leaves out slots
# its bases declare, and adds __weakref__ for weakref_slot=True, which needs slots=True.
from dataclasses import dataclass
import weakref
try:
    @dataclass(weakref_slot=True)
    class A:
        x: int
except TypeError as e: print(e)
try:
    @dataclass(slots=True)
    class B:
        __slots__ = ("x",)
        x: int
except TypeError as e: print(e)
@dataclass(slots=True, weakref_slot=True)
class C:
    x: int
@dataclass(slots=True, weakref_slot=True)
class D(C):
    y: int = 0
print(C.__slots__, D.__slots__, weakref.ref(D(1)) is not None)
class E:
    __slots__ = "z"
@dataclass(slots=True)
class F(E):
    z: int
    w: int = 2
print(F.__slots__, F(1))
