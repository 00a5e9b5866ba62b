from enum import Enum, IntEnum, StrEnum, auto


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Level.MID, repr(Level.MID), str(Level.MID), f'{Level.HIGH}', format(Level.LOW, '03d'))
print(Level.LOW < Level.HIGH, Level.MID == 5, Level.MID + 1, Level.HIGH * 2)
print(sorted([Level.HIGH, Level.LOW, Level.MID]))
print(isinstance(Level.LOW, int), int(Level.HIGH), Level(5), [1, 2, 3, 4, 5, 6][Level.MID])
print(hash(Level.LOW) == hash(1), {1: 'one'}[Level.LOW])
print(Level.__mro__)


class Method(StrEnum):
    GET = auto()
    POST = 'post'
    PUT = auto()


print(Method.GET, repr(Method.GET), Method.GET == 'get', Method.POST.upper())
print(list(Method), Method('put'), '%s-%s' % (Method.GET, Method.POST))
print(f'{Method.PUT:>6}|', len(Method.POST), Method.POST + '!')
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print(e)


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, format(Num.ONE), Num.TWO > Num.ONE)


class Tag(str, Enum):
    A = 'a'


print(Tag.A, repr(Tag.A), Tag.A == 'a', Tag.A.upper())
try:
    Level(3)
except ValueError as e:
    print(e)
