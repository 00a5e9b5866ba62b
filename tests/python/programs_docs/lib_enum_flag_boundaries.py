# enum reference: Flag boundaries (STRICT, CONFORM, EJECT, KEEP), verify, member/nonmember, _order_, pseudo-members.
from enum import Enum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, property as enum_property
class StrictFlag(Flag, boundary=STRICT):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
try:
    StrictFlag(2**2 + 2**4)
except ValueError as e:
    print('ValueError:', e)
class ConformFlag(Flag, boundary=CONFORM):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(ConformFlag(2**2 + 2**4))
class EjectFlag(Flag, boundary=EJECT):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(EjectFlag(2**2 + 2**4), type(EjectFlag(2**2 + 2**4)).__name__)
class KeepFlag(Flag, boundary=KEEP):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(repr(KeepFlag(2**2 + 2**4)), KeepFlag(2**2 + 2**4).value)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), Color.WHITE, repr(Color.BLACK), bool(Color.BLACK), Color(6), repr(Color(7)), list(Color(6)), len(Color.WHITE))
print(Color.RED | Color.GREEN in Color.WHITE, ~Color.RED, Color.WHITE ^ Color.RED, Color.WHITE & ~Color.BLUE, Color.RED.name, Color(3).name)
try:
    @verify(CONTINUOUS)
    class Gapped(Enum):
        ONE = 1
        TWO = 2
        FIVE = 5
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        B = 2
        C = 8 | 16 if False else 9
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
class Holder(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def func(self):
        return 'member function'
print([m.name for m in Holder], Holder.helper, Holder.func.value(None) if callable(Holder.func.value) else Holder.func)
try:
    class Ordered(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e:
    print('TypeError:', str(e).splitlines()[0])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, Perm(8), repr(Perm(8)), Perm.R | 8, ~Perm.R, Perm(0), list(Perm), Perm.RWX & Perm.W)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @enum_property
    def label(self):
        return self.name.lower()
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape.__members__.items())[-1], Shape.SQUARE.label, [s.label for s in Shape])
print(Shape.__members__['ALIAS_FOR_SQUARE'] is Shape.SQUARE, dir(Shape.SQUARE)[:4], sorted(Shape, key=lambda s: s.value))
try:
    class Empty(Enum):
        pass
    class Sub(Empty):
        X = 1
    class SubSub(Sub):
        Y = 2
except TypeError as e:
    print('TypeError:', e)
print(Color.RED._value_, Color._member_names_, Color._missing_(99) if False else Color._value2member_map_.get(4))
