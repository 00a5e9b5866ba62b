# auto() in 3.11: one more than the last value when that is also the largest;
# otherwise one more than the largest (with a DeprecationWarning on stderr),
# and the start value when no value can be incremented.
import warnings
from enum import Enum, IntEnum, auto

warnings.simplefilter("ignore", DeprecationWarning)


class Rising(Enum):
    A = auto()
    B = 10
    C = auto()


class Falling(Enum):
    A = auto()
    B = 100
    C = auto()
    D = 50
    E = auto()
    F = auto()


class Negative(IntEnum):
    A = -5
    B = -10
    C = auto()


class Texts(Enum):
    A = "x"
    B = auto()


class Mixed(Enum):
    A = 3
    B = "y"
    C = auto()


class Tuples(Enum):
    A = (1, 2)
    B = auto()


for cls in (Rising, Falling, Negative, Texts, Mixed):
    print(cls.__name__, [(m.name, m.value) for m in cls])
try:
    print(Tuples.__name__, [(m.name, m.value) for m in Tuples])
except TypeError as e:
    print("Tuples TypeError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Warned(Enum):
        HIGH = 7
        LOW = 2
        NEXT = auto()

    class Quiet(Enum):
        ONE = 1
        TWO = auto()

print(Warned.NEXT.value, Quiet.TWO.value)
print(len(caught), [w.category.__name__ for w in caught])
print(str(caught[0].message).splitlines()[0])


# A subclass can still call the default and see the sorted copy it gets.
class Seen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        value = Enum._generate_next_value_(name, start, count, last_values)
        print("for", name, "last_values became", last_values)
        return value

    X = 4
    Y = 1
    Z = auto()


print(Seen.Z.value)
