# enum.property (3.11) lets members and attributes share names; _generate_next_value_.
import enum
from enum import Enum, auto


class Body(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @enum.property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)


print(Body.EARTH.gravity, Body.MARS.gravity, Body.EARTH.mass)


class Field(Enum):
    name = 1
    value = 2


print(Field.name.name, Field.name.value, Field.value.name, Field.value.value, list(Field))


class Ordinal(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name.lower()}"

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Ordinal])


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()


print([m.value for m in Mixed])
print(type(Body.__dict__["gravity"]).__name__)
