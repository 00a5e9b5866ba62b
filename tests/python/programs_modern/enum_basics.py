from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color))
print(list(Color.__members__))
print(Color(2), Color["BLUE"])
print(len(Color), Color.RED in Color)
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN), str(Color.BLUE))
print(Weekday.TUE, repr(Weekday.TUE), Weekday.TUE + 1, f"{Weekday.WED}", f"{Weekday.WED:>5}")
print(Weekday.MON < Weekday.WED, int(Weekday.WED), Weekday(2))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, repr(Perm.RW))
print(Perm(0), repr(Perm(0)), bool(Perm(0)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW)
print(list(Perm), list(Perm.RW))
print(~Perm.R, repr(~Perm.R))
print(Mode.A | Mode.C, repr(Mode.A | Mode.C), Mode.A | 8, repr(Mode(7)))
print(Mode.B + 1, f"{Mode.A | Mode.B}", str(Mode.C))
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE.upper(), Shape.CIRCLE == "circle")
print(f"{Shape.SQUARE}", Shape("sq"))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED == 1, Weekday.MON == 1, hash(Color.RED) == hash(Color.RED))
print(type(Color.RED), type(Color), isinstance(Color.RED, Color))
print(Color.__members__["CRIMSON"])
print(sorted(Weekday, reverse=True))
print({c: c.value for c in Color})
print(Weekday.__name__, Weekday.MON.__class__.__name__)
print(Color.RED._name_, Color.RED._value_)
