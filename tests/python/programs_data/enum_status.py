from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r"}[Color.CRIMSON], f"{Color.GREEN}", f"{Color.GREEN!r}", format(Color.GREEN, ""))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500
print(Status.OK, repr(Status.OK), Status.OK == 200, Status(404), Status.OK < Status.ERROR, Status.OK + 1)
print(sorted([Status.ERROR, Status.OK]), f"{Status.NOT_FOUND}", f"{Status.NOT_FOUND:>6}", str(Status.OK))
print([s.name for s in Status if s >= 400], max(Status))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0), rw & Perm.R, ~Perm.R)
print(list(Perm), [p.value for p in Perm], Perm(7), repr(Perm(0)))
print(list(rw) if hasattr(rw, "__iter__") else None, len(rw) if hasattr(rw, "__len__") else None)

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
print(Mode.A | Mode.C, repr(Mode.A | 8), Mode(3), Mode.A | 2, int(Mode.B | Mode.C))

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_early(self):
        return self.value < 3
    @classmethod
    def first(cls):
        return next(iter(cls))
print([(d.name, d.value, d.is_early()) for d in Weekday], Weekday.first())

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(f"{pl.name:<8} {pl.gravity:.2f}", pl.value)

class Str(str, Enum):
    A = "a"
    B = "b"
print(Str.A, repr(Str.A), Str.A == "a", Str("b"), Str.A.upper())
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)
Ad = Enum("Ad", "ONE TWO THREE")
print(list(Ad), Ad.TWO.value, Enum("E2", [("x", 10), ("y", 20)]).y)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
print(sorted(Shape, key=lambda s: s.value), Shape.SQUARE.__class__.__name__)
try:
    Shape.SQUARE < Shape.DIAMOND
except TypeError as e:
    print(type(e).__name__, e)
Status("x")
