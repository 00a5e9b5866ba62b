# dataclasses read string annotations as CPython's _is_type: 'ClassVar[int]' only where the class's module names typing.ClassVar so, 't.ClassVar' through a module alias; InitVar and KW_ONLY alike
from __future__ import annotations
import dataclasses as dc
import typing as t
from typing import ClassVar as CV
from dataclasses import dataclass, fields, InitVar, KW_ONLY, field
@dataclass
class A:
    a: int
    b: CV[int] = 1
    c: t.ClassVar[str] = "c"
    d: dc.InitVar[int] = 2
    e: InitVar[str] = "e"
    _: KW_ONLY
    f: int = 3
    g: "ClassVar[int]" = 4
    h: typing.ClassVar[int] = 5
    def __post_init__(self, d, e):
        print("post", d, e)
print([(f.name, f.type, f._field_type.name if hasattr(f._field_type, "name") else str(f._field_type)) for f in fields(A)])
print(A(1, 2, "x", f=9))
@dataclass
class B:
    x: dc.KW_ONLY
    y: int = 0
    z: int = 1
print(B(y=5), [f.kw_only for f in fields(B)])
try:
    B(5)
except TypeError as e:
    print(type(e).__name__, e)
