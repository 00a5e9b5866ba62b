# enum.member() and enum.nonmember() (3.11), and nested classes.
from enum import Enum, member, nonmember


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    G = nonmember(6.674e-11)
    double = member(lambda x: 2 * x)

    class Inner:
        pass


print([m.name for m in Planet])
print(Planet.G, type(Planet.G).__name__)
print(Planet.double, Planet.double.value(21))
print(Planet.Inner, isinstance(Planet.Inner, Planet))
print(Planet.__members__.keys())


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)

    def __call__(self, *args):
        return self.value(*args)


print(Ops.ADD(2, 3), Ops.MUL(2, 3), [o.name for o in Ops])
