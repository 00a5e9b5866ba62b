from enum import Enum, IntEnum, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(list(Color.__members__))
print(Color(2), Color["BLUE"], Color.BLUE.name, Color.BLUE.value)
print(Color.RED == 1, Color.RED in Color, isinstance(Color.GREEN, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(f"{Color.GREEN}", f"{Color.GREEN!s}", f"{Color.GREEN!r}", format(Color.GREEN, ""))
print(str(Color.BLUE), Color.BLUE.__class__.__name__)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH + 1, Priority.LOW < Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW, 2]))
print(f"{Priority.MEDIUM}", f"{Priority.MEDIUM:>5}", str(Priority.LOW), int(Priority.HIGH))
print(Priority(2), Priority.MEDIUM == 2, list(Priority))

class Direction(Enum):
    NORTH = "N"
    SOUTH = "S"

    @property
    def opposite(self):
        return Direction.SOUTH if self is Direction.NORTH else Direction.NORTH

    @classmethod
    def parse(cls, s):
        return cls(s.upper())

    def __str__(self):
        return self.name.title()

print(Direction.parse("n").opposite, Direction.NORTH)
print(repr(Direction.SOUTH))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

class Shade(StrEnum):
    LIGHT = auto()
    DARK = "dark-ish"

print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK.upper(), Shade.LIGHT == "light")
print(f"{Shade.DARK}", "-".join(Shade))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p.name, p.value, f"{p.surface_gravity:.2f}")

class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None

print(Status("active"), Status("Inactive"))
try:
    Status("unknown")
except ValueError as e:
    print(type(e).__name__, e)
print(Color.RED.__hash__ is not None, {Color.RED: "r"}[Color.CRIMSON])
print(Color.__members__["CRIMSON"], type(Color.__members__).__name__)
print(dir(Color.RED)[:6])
print(Priority.__mro__)
