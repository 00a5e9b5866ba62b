# enum HOWTO: Weekday flags, methods on members, OrderedEnum, DuplicateFreeEnum, Planet, TimePeriod, _missing_.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
from datetime import date, timedelta

class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64
    @classmethod
    def from_date(cls, date):
        return cls(1 << date.isoweekday() - 1)

print(Weekday.from_date(date(2023, 6, 13)), Weekday(3), repr(Weekday.MONDAY | Weekday.FRIDAY))
first_week_day = Weekday.MONDAY
print(first_week_day, type(Weekday.MONDAY), isinstance(Weekday.FRIDAY, Weekday), Weekday.TUESDAY.name, Weekday.WEDNESDAY.value)
weekend = Weekday.SATURDAY | Weekday.SUNDAY
print(weekend, list(weekend), Weekday.SUNDAY in weekend, len(Weekday), [d.name for d in Weekday][:3])
chores_for_ethan = {'feed the cat': Weekday.MONDAY | Weekday.WEDNESDAY | Weekday.FRIDAY, 'answer SO questions': Weekday.SATURDAY}
def show_chores(chores, day):
    for chore, days in chores.items():
        if day in days:
            print(chore)
show_chores(chores_for_ethan, Weekday.SATURDAY)
print(Weekday(64), Weekday['SUNDAY'], Weekday.MONDAY == 1, ~weekend)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.ALIAS is Color.RED, list(Color), list(Color.__members__), Color(2), Color['BLUE'], repr(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))

class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted([Grade.A, Grade.C, Grade.B]))

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
print(Planet.EARTH.value, Planet.EARTH.surface_gravity)

class Period(timedelta, Enum):
    "different lengths of time"
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period)[:2], Period.day_2.value if hasattr(Period, 'day_2') else '')

class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = auto()
print(Ordinal.NORTH, Ordinal.NORTH == 'north', Ordinal.SOUTH.upper())
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R + 2, Perm(7), Perm.R in Perm(7), Perm(0), repr(Perm(9)) if False else repr(Perm(5)))
class Number(IntEnum):
    ONE = 1
    TWO = 2
print(Number.ONE + Number.TWO, Number.TWO == 2, [i for i in range(Number.TWO + 1)], format(Number.TWO, '03d'))
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
class Ordinal2(AutoName):
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Ordinal2])
class Status(Enum):
    ACTIVE = 'active'
    @classmethod
    def _missing_(cls, value):
        value = value.lower()
        for member in cls:
            if member.value == value:
                return member
        return None
print(Status('ACTIVE'))
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal.ANT.value, list(Animal), Enum('C', [('a', 5), ('b', 6)]).b.value)
