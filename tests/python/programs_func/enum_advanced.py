import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape(3), Shape.SQUARE.value)
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(Level.HIGH, repr(Level.LOW), Level.LOW + Level.HIGH)
Bits = Flag("Bits", "A B C")
print(list(Bits), Bits.A | Bits.C, repr(Bits.A | Bits.B))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * (count + 1)
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()

print([m.value for m in Ordinal])

class Mood(Enum):
    HAPPY = 3
    SAD = 1
    GLAD = 3

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favorite(cls):
        return cls.HAPPY

print(Mood.GLAD, Mood.favorite().describe(), list(Mood.__members__.items())[-1])
print(Mood.GLAD.name, Mood["GLAD"], Mood(3))
try:
    Mood.HAPPY < Mood.SAD
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Mood, key=lambda m: m.value))
print(Mood.HAPPY == 3, Mood.HAPPY != Mood.SAD, Mood.HAPPY is Mood.GLAD)

class Color(Enum):
    RED = "r"
    GREEN = "g"
    _ignore_ = ["tmp"]
    tmp = 5

print(list(Color), hasattr(Color, "tmp"))
try:
    class Extended(Color):
        BLUE = "b"
except TypeError as e:
    print(type(e).__name__, e)

class Base(Enum):
    def hello(self):
        return f"hello from {self.name}"

class Child(Base):
    ONE = 1
print(Child.ONE.hello(), Child.__mro__[1].__name__)

try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print(type(e).__name__, e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, list(Perm.RWX), Perm(6), Perm.R | Perm.W | Perm.X)
print(Perm(6) == 6, Perm.R in Perm(5), [p.name for p in Perm])

class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Strict(7)
except ValueError as e:
    print(type(e).__name__, e)

class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(7)))

class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), Keep(7).value)

class Sizes(enum.IntEnum):
    S = 1
    M = 2
    L = 3
print(max(Sizes), Sizes(2) * 10, Sizes.L // 2, f"{Sizes.M:d}", "%s %d" % (Sizes.M, Sizes.M))
print(str(Sizes.S), format(Sizes.S), "{}".format(Sizes.L))

class Constants(Enum):
    PI = 3.14159
    E = 2.71828
    def __str__(self):
        return f"{self.name}={self.value}"
print(Constants.PI, f"{Constants.E}", [str(c) for c in Constants])
print(Color.RED.__class__, type(Color), isinstance(Color, enum.EnumMeta))
print(Animal.ANT.__reduce_ex__(4)[0] is Animal)
print(enum.unique(Animal) is Animal)
print(len(Mood), list(reversed(Mood)))
print(Mood.HAPPY in Mood, 3 in [m.value for m in Mood])
