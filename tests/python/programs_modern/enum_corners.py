import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, ReprEnum, global_enum, show_flag_values

class Color(Enum):
    RED = 1
    GREEN = 2
    helper = nonmember(10)
    @member
    def fn(x):
        return x * 2
print(list(Color)[:2], len(Color), Color.helper, Color.fn.value(3))

try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    @verify(CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        C = 7
except ValueError as e:
    print(type(e).__name__, e)

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
try:
    Strict(7)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), Keep(7))
print(Strict._boundary_, IntFlag._boundary_, Flag._boundary_, repr(STRICT), FlagBoundary.KEEP)
print(show_flag_values(13))

try:
    class Bare(ReprEnum):
        ONE = 1
except TypeError as e:
    print(type(e).__name__, e)
class Num(int, ReprEnum):
    ONE = 1
print(str(Num.ONE), repr(Num.ONE), format(Num.ONE))

class I(IntEnum):
    A = 1
    B = 2
print(str(I.A), repr(I.A), format(I.A), f"{I.A:03d}", "%d|%s|%r" % (I.A, I.A, I.A))
class S(StrEnum):
    X = auto()
    Yy = auto()
print(str(S.X), repr(S.Yy), format(S.Yy), f"{S.X:>4}|", S.X + S.Yy)
try:
    class BadS(StrEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)
class FF(IntFlag):
    R = 4
    W = 2
    X = 1
print(str(FF.R | FF.W), repr(FF.R | FF.W), format(FF.R | FF.W), FF.R | FF.W | 16, repr(FF(0)), str(FF(0)))
print(list(FF(7)), FF(7).name, FF(6).value, FF.R.name, (FF.R | FF.X) & FF.X)
class Fl(Flag):
    A = auto()
    B = auto()
    C = auto()
print(Fl.A | Fl.C, (Fl.A | Fl.C).name, repr(~Fl.A), repr(Fl.A ^ Fl.B), Fl(0).name)
print(Fl.A < Fl.B if False else "no ordering", Fl.A.value, Fl.C.value)
try:
    Fl.A < Fl.B
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED < Color.GREEN if False else "")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED.__reduce_ex__(2)[0].__name__)
print(enum.Enum.__name__, type(Color.__members__).__name__, list(Color.__members__)[:2])
print(repr(auto()) if False else "auto")
class Prop(Enum):
    A = 1
    @enum.property
    def double(self):
        return self.value * 2
print(Prop.A.double)
class Mixed(float, Enum):
    PI = 3.14159
    E = 2.71828
print(Mixed.PI, repr(Mixed.PI), f"{Mixed.PI:.2f}", Mixed.PI * 2, str(Mixed.E))
class Tup(tuple, Enum):
    A = (1, 2)
print(Tup.A, repr(Tup.A), Tup.A[0], Tup((1, 2)))
class Dflt(Enum):
    A = "a"
    def __repr__(self):
        return f"Dflt.{self.name}"
print(repr(Dflt.A), [Dflt.A])
print(Color(Color.RED), Color.RED.value, hash(Color.RED) == hash("RED") or True)
print(repr(Fl), repr(Color), str(Color))
print(enum.unique(Color) is Color)
print(Color.__members__.get("GREEN"), "RED" in list(Color.__members__)[:2])
