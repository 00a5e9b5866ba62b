# 3.11 changed str()/format() of IntEnum and IntFlag: ReprEnum keeps the enum repr only.
import enum
from enum import IntEnum, IntFlag, ReprEnum, Enum


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Bits(IntFlag):
    A = 1
    B = 2


class Plain(Enum):
    X = 1


class Hex(int, ReprEnum):
    TEN = 10


print(str(Num.ONE), repr(Num.ONE), format(Num.TWO), f"{Num.TWO:>4}", Num.ONE + 1)
print(str(Bits.A | Bits.B), repr(Bits.A | Bits.B), format(Bits.B), repr(Bits(0)), repr(Bits(7)))
print(str(Plain.X), repr(Plain.X), format(Plain.X), f"{Plain.X!s:>10}|")
print(str(Hex.TEN), repr(Hex.TEN), f"{Hex.TEN:x}", Hex.TEN * 2)


class Mixed(float, Enum):
    PI = 3.14


print(str(Mixed.PI), repr(Mixed.PI), format(Mixed.PI))
try:
    print(f"{Mixed.PI:.1f}")
except ValueError as e:
    print("ValueError:", e)
print(Num.__str__ is int.__repr__, Num.__format__ is int.__format__)
