from enum import Enum, IntEnum, Flag, auto, unique, EnumMeta, IntFlag
import enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}")

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print(type(e).__name__, e)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.NORTH.value)

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(sorted([Priority.HIGH, Priority.LOW, 7]), max(Priority), Priority.MID * 2, Priority(10).name)
print(Priority.HIGH == 10, Priority.HIGH > Priority.MID, [p.name for p in Priority if p >= 5])

class Color(Enum):
    RED = 1
    GREEN = 2
    def __str__(self):
        return self.name.title()
    def describe(self):
        return f"{self.name} is #{self.value}"
print(Color.RED, f"{Color.RED}", repr(Color.GREEN), Color.GREEN.describe())

class Animal(Enum):
    DOG = auto()
    CAT = auto()
    _ignore_ = ["tmp"]
print(list(Animal), Animal.DOG.value)

Api = Enum("Api", "GET POST PUT")
print(list(Api), Api.POST.value, repr(Api.PUT))
Num = Enum("Num", [("ONE", 1), ("TWO", 2)])
print(Num.TWO, Num(1))
Sizes = IntEnum("Sizes", {"S": 1, "M": 2})
print(Sizes.M + 0, repr(Sizes.S))

class Shade(Enum):
    DARK = 1
    BLACK = 1
    LIGHT = 2
print(list(Shade), list(Shade.__members__.items()))
print(Shade.BLACK.name, Shade(1).name)

class Perm(Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    ALL = 7
print(Perm.ALL, repr(Perm.ALL), Perm(6), repr(Perm(6)), Perm.NONE, repr(Perm(0)))
print(Perm.R | Perm.W | Perm.X is Perm.ALL, Perm(5).name, Perm.ALL & ~Perm.W)
print(len(Perm.ALL), list(Perm.ALL), bool(Perm.NONE))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(Color, EnumMeta), type(Color) is enum.EnumType)
print(Color.RED.__class__.__mro__)
print(Priority.__mro__)
try:
    Color.BLUE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color(1).value = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
print(Color["RED"] is Color.RED, Color.RED is Color(1))
print(dir(Color.RED)[:0], Color.__len__(), hash(Priority.LOW) == hash(1))
class FI(IntFlag):
    X = 1
    Y = 2
print(FI.X | FI.Y, FI(3), repr(FI(3)), FI(8), repr(FI(8)), FI.X + FI.Y, ~FI.X, repr(~FI.X))
