from enum import Enum, StrEnum, IntEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, member, nonmember, ReprEnum, EnumMeta

class Http(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"
print(Http.GET, repr(Http.GET), Http.GET == "get", Http("del"), f"{Http.POST}", Http.POST.upper(), list(Http))
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2
print(f"{Lvl.LOW}", str(Lvl.HIGH), format(Lvl.HIGH, "03d"), Lvl.HIGH * 10, repr(Lvl(1)), Lvl.LOW.real)
class Color(Enum):
    RED = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None
print(Color("green"), Color(1))
try:
    Color("purple")
except ValueError as e:
    print(type(e).__name__, e)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    @verify(CONTINUOUS)
    class W(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(type(e).__name__, e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.R | Perm.X), list(Perm.RWX), len(Perm.R | Perm.W), Perm(6), str(Perm(5)))
print(Perm.R | Perm.W | Perm.X is Perm.RWX, ~Perm.W, Perm.RWX ^ Perm.R, [m.name for m in Perm])
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
class Opt(IntFlag):
    A = auto()
    B = auto()
print(Opt(0), repr(Opt(0)), Opt.A | Opt.B, repr(Opt(7)), str(Opt(5)), Opt.A == 1, Opt.A + Opt.B, format(Opt.B, "x"))
class Const(Enum):
    PI = 3.14
    helper = nonmember(10)
    @member
    def f():
        return 1
print([m.name for m in Const], Const.helper, Const.f.name)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print([(m.name, m.value) for m in Auto])
class Coord(Enum):
    X = 1
    Y = 2
    def __str__(self):
        return self.name.lower()
    def __repr__(self):
        return f"<C {self.name}>"
print(Coord.X, repr(Coord.Y), [Coord.X], f"{Coord.X}")
print(Color.RED.__class__, type(Color), isinstance(Color, EnumMeta), Color.__name__, Color.RED._name_, Color.RED._value_)
print(Color.__members__.keys() if False else list(Color.__members__.items()))
try:
    class Ext(Color):
        BLUE = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Enum("X", "A B").A.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
class Size(Enum):
    S = "small"
    M = "medium"
lookup = {s.value: s for s in Size}
print(lookup["medium"], Size("small").name, Size.S.value.title())
print(dir(Size.S)[:3] if False else sorted(n for n in dir(Size) if not n.startswith("_")))
match Size.M:
    case Size.S:
        print("small!")
    case Size.M:
        print("medium!")
print(bool(Size.S), Size.S == "small", Http.GET in ["get"], Lvl.LOW in [1])
Size["XL"]
