from enum import IntEnum, StrEnum, Enum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.HIGH + 1)
print(sorted([Priority.HIGH, Priority.LOW, 2]))
print(f"{Priority.MEDIUM}", f"{Priority.MEDIUM:03d}", "%d" % Priority.HIGH, "%s" % Priority.HIGH)
print([1, 2, 3, 4][Priority.MEDIUM])
print(Priority(3), Priority(3).name, max(Priority))
print(int(Priority.HIGH), float(Priority.LOW), hex(Priority.HIGH))

class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"

print(Method.GET, repr(Method.GET), Method.DELETE.value)
print(Method.GET == "get", Method.GET.upper(), Method.POST + "!", len(Method.DELETE))
print(f"[{Method.POST}]", f"{Method.POST:>6}", "%s" % Method.GET)
print(list(Method))
print(Method("post"))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)

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
for p in Planet:
    print(p, p.value, f"{p.surface_gravity:.2f}")

class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def first(cls):
        return cls.MON
    def next(self):
        return Weekday((self.value % 2) + 1)
print(Weekday.first(), Weekday.MON.next(), Weekday.TUE.next())

class Str2(str, Enum):
    A = "a"
print(Str2.A, repr(Str2.A), f"{Str2.A}", Str2.A == "a")
class Int2(int, Enum):
    ONE = 1
print(Int2.ONE, repr(Int2.ONE), f"{Int2.ONE}", Int2.ONE + 1)
