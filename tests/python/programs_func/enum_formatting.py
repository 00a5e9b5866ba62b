from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2

class Num(IntEnum):
    ONE = 1
    TWENTY = 20

class Text(StrEnum):
    HELLO = "hello"
    WORLD = auto()

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Style(Flag):
    BOLD = auto()
    ITALIC = auto()

for member in [Color.RED, Num.TWENTY, Text.HELLO, Perm.R | Perm.X, Style.BOLD | Style.ITALIC]:
    print(repr(member), str(member), f"{member}", format(member), "%s" % member, "{}".format(member), "{!r}".format(member))

print(f"[{Color.GREEN:>12}] [{Color.GREEN:<12}] [{Color.GREEN:^12}]")
print(f"[{Num.TWENTY:>5}] [{Num.TWENTY:05d}] [{Num.TWENTY:x}] [{Num.TWENTY:.2f}] [{Num.ONE:+}]")
print(f"[{Text.WORLD:>8}] [{Text.WORLD:*^9}] [{Text.HELLO!r}] [{Text.HELLO.upper()}]")
print(f"[{Perm.R:>4}] [{Perm.R | Perm.W:b}] [{Perm(0)}]")
print("%d %s %r" % (Num.TWENTY, Num.TWENTY, Num.TWENTY))
print("%5.1f|%x|%o" % (Num.TWENTY, Num.TWENTY, Num.TWENTY))
print(Num.TWENTY + 1, Num.TWENTY * 2, -Num.ONE, Num.ONE == 1.0, hash(Num.ONE) == hash(1))
print(Text.HELLO + "!", Text.HELLO == "hello", Text.HELLO.capitalize(), len(Text.WORLD), Text.WORLD in "the world")
print(str(Color.RED.value), Color.RED.name.lower(), Color["GREEN"].value)
print(list(map(str, Num)), list(map(int, Num)), [m.name for m in Text])
print(sorted([Num.TWENTY, 5, Num.ONE]), max(Num), min(Num, key=lambda m: -m.value))
print({Color.RED: "stop", Color.GREEN: "go"})
print([Color.RED, Num.ONE, Text.HELLO])
print((Perm.R | Perm.W).name, Perm.R.name, (Perm.R | 8).name, Style(0).name)
print(Perm(7), repr(Perm(7)), Perm(7).value, Perm(3) & Perm.W)

class Mixed(str, Enum):
    A = "alpha"
    B = "beta"
print(Mixed.A, repr(Mixed.A), f"{Mixed.A}", Mixed.A == "alpha", Mixed.A.upper())

class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = 0.25
print(FloatEnum.HALF, repr(FloatEnum.QUARTER), f"{FloatEnum.HALF}", FloatEnum.HALF * 2, f"{FloatEnum.HALF:.3f}")

class Coord(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Coord.UNIT, repr(Coord.ORIGIN), Coord.UNIT[0], Coord((1, 1)))
