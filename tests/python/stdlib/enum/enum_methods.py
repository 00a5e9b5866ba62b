from enum import Enum, unique, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return round(G * self.mass / (self.radius * self.radius), 2)

    def describe(self):
        return '%s has g=%s' % (self.name.title(), self.surface_gravity)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity)
print(Planet.MERCURY.describe(), Planet.heaviest())
print(Planet((5.976e+24, 6.37814e6)))


class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    def __str__(self):
        return 'mood:' + self.value


print(Mood('HAPPY'), Mood('Sad'), repr(Mood('sad')))
try:
    Mood(3)
except ValueError as e:
    print(e)


class Wrong(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Wrong(5)
except TypeError as e:
    print(e)
    print(repr(e.__context__))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Lower))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Ordered(Enum):
    LOW = 1
    HIGH = 2

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.HIGH, Ordered.LOW]))


class Status(Enum):
    ACTIVE = 1
    _ignore_ = ['tmp']
    tmp = 5
    INACTIVE = 2

    def is_active(self):
        return self is Status.ACTIVE


print(list(Status), Status.ACTIVE.is_active(), Status.INACTIVE.is_active())
