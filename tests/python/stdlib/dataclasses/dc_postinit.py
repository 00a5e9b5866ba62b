from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    unit: ClassVar[str] = 'cm'

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, r.area)
print(Rect(2, 3, 10))
print([f.name for f in fields(Rect)])
print(sorted(Rect.__dataclass_fields__))
print(Rect.unit, 'scale' in Rect.__dict__)
print(Rect.__dataclass_fields__['scale'].type)
print(Rect.__dataclass_fields__['unit'].type)


@dataclass
class Validated:
    n: int

    def __post_init__(self):
        if self.n < 0:
            raise ValueError('n must be >= 0')


print(Validated(1))
try:
    Validated(-1)
except ValueError as e:
    print(e)


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print('Base post_init', self.a)


@dataclass
class Sub(Base):
    b: int = 0


Sub(1, 2)


@dataclass
class Str:
    name: 'str'
    n: 'int' = 0
    c: 'ClassVar[int]' = 3


print(Str('a'), [f.name for f in fields(Str)], Str.c)


@dataclass
class SelfField:
    self: int
    other: int = 2


print(SelfField(1))
