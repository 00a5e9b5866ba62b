# Flag/IntFlag/IntEnum/StrEnum arithmetic, inversion and formatting; _missing_ results; _order_; Flag._numeric_repr_
import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, StrEnum
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return 5
try:
    Bad(2)
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
class None_(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return None
try:
    None_("zz")
except ValueError as e:
    print(type(e).__name__, e)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
print(~Color.RED, ~(Color.RED | Color.GREEN), ~Color(0), Color(7), Color.RED ^ Color.RED)
print([repr(c) for c in Color(5)], len(Color(5)), len(Color(0)), Color(5) & 1 if False else "")
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(~Perm.R), ~Perm.R, repr(Perm(-1)), repr(Perm(16)), Perm(16) | Perm.R, repr(Perm(0)))
print(Perm.R | 16, repr(Perm.R | 16), Perm.R & 5, repr(Perm.R ^ Perm.W), Perm.R + 1, -Perm.R, Perm.R << 1)
class Shape(IntEnum):
    SQ = 4
    TRI = 3
print(Shape.SQ + Shape.TRI, Shape.SQ * 2, Shape.SQ / 2, Shape.SQ // 3, repr(Shape.SQ.real), Shape.SQ.bit_length(), abs(-Shape.SQ))
print(format(Shape.SQ, "b"), format(Shape.SQ, "x"), "%x" % Shape.SQ, "{:>4}".format(Shape.TRI), hex(Shape.SQ), str(Shape.SQ))
class S(StrEnum):
    A = "alpha"
print(S.A.upper(), S.A + "!", S.A[0], len(S.A), S.A.split("l"), "%s|%r" % (S.A, S.A), "{}".format(S.A), S.A.value)
class WithInit(Enum):
    X = 1, "one"
    Y = 2, "two"
    def __init__(self, num, label):
        self.num = num
        self.label = label
print(WithInit.X.value, WithInit.X.label, WithInit((2, "two")), WithInit.Y.num)
class Ordered(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "A B"
        B = 2
        A = 1
except TypeError as e:
    print(type(e).__name__, e)
class E(Enum):
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class F2(E):
    Q = 1
print(list(F2))
print(Color.__members__.keys(), Color._member_names_, Perm._boundary_, Color._boundary_)
print(enum.Flag._numeric_repr_ if hasattr(enum.Flag, "_numeric_repr_") else None)
print(Perm.R.__class__.__name__, type(Perm.R | Perm.W).__name__, isinstance(Perm.R, int))
print(sorted(Perm), max(Perm), Perm.R in Perm, list(reversed(Color)))
