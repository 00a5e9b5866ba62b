# A dataclass without a docstring gets its name plus str(inspect.signature(cls)) less " -> None":
# annotations formatted as inspect does, keyword-only fields after "*", init=False fields left out,
# and a user __init__ or __new__ (the nearer one, __new__ first) giving the signature.
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, Dict, Callable, ClassVar
import typing, collections, decimal
@dataclass(init=False)
class A:
    x: int
print(repr(A.__doc__))
@dataclass
class B:
    x: int
    def __init__(self, a, b=2): pass
print(repr(B.__doc__))
@dataclass
class C:
    a: "int"
    b: List[int] = None
    c: Optional[Dict[str, int]] = field(default_factory=dict)
    d: list[int] = field(default_factory=list)
    e: InitVar[str] = "s"
    f: Callable[[int], str] = str
    g: collections.OrderedDict = None
    h: decimal.Decimal = decimal.Decimal("1.5")
    i: typing.Any = ...
    j: ClassVar[int] = 3
    k: int = field(init=False, default=0)
    _: KW_ONLY
    m: tuple = (1, 2)
    n: "Optional[C]" = None
print(C.__doc__)
@dataclass
class D:
    """My docs."""
    x: int
print(D.__doc__)
@dataclass
class E:
    pass
print(repr(E.__doc__))
class Meta(type): pass
@dataclass
class F(metaclass=Meta):
    x: int = 1
print(F.__doc__)
@dataclass
class G(B):
    y: int = 0
print(G.__doc__)
@dataclass
class H:
    x: float = float("inf")
    y: str = "it's"
    z: object = object
    w: type = int
    v: int = field(default=5, kw_only=True)
print(H.__doc__)
@dataclass(slots=True)
class S:
    x: int
print(S.__doc__)
@dataclass
class N:
    def __new__(cls, *a): return super().__new__(cls)
    x: int = 0
print(N.__doc__)
