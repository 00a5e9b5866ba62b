# A traffic-light state machine on Enum: lookups by value and name, and the errors they raise.
from enum import Enum, IntEnum, Flag, auto, unique

class Light(Enum):
    RED = 1
    AMBER = 2
    GREEN = 3

NEXT = {Light.RED: Light.GREEN, Light.GREEN: Light.AMBER, Light.AMBER: Light.RED}

state = Light.RED
for _ in range(4):
    print(state, state.name, state.value, repr(state))
    state = NEXT[state]

for value in [2, 5, "RED", None]:
    try:
        print(Light(value))
    except ValueError as e:
        print("ValueError:", e)
for name in ["GREEN", "BLUE", "green"]:
    try:
        print(Light[name])
    except KeyError as e:
        print("KeyError:", e)
try:
    Light.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Light.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Light.RED.value = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Light.RED < Light.GREEN)
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Alias(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Light):
        BLUE = 4
except TypeError as e:
    print("TypeError:", e)

class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(2), sorted([Level.HIGH, Level.LOW]))
try:
    Level("x")
except ValueError as e:
    print("ValueError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm(3), list(Perm))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
print(Light.__members__.keys(), len(Light), Light.GREEN in Light)
print(Light("GREEN"))
