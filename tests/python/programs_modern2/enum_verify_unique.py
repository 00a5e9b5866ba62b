# enum.verify (3.11) with UNIQUE, CONTINUOUS and NAMED_FLAGS; @unique.
from enum import Enum, Flag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, unique, auto

try:
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(CONTINUOUS)
    class Grades(IntEnum):
        A = 5
        B = 4
        F = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        EINS = 1
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE, CONTINUOUS)
class Fine(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Fine), UNIQUE, repr(CONTINUOUS))
