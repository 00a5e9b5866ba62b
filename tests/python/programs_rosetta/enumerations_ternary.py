from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Trit(Enum):
    FALSE = -1
    MAYBE = 0
    TRUE = 1
    def __invert__(self):
        return Trit(-self.value)
    def __and__(self, o):
        return Trit(min(self.value, o.value))
    def __or__(self, o):
        return Trit(max(self.value, o.value))
    def implies(self, o):
        return ~self | o

print("  a     b   | and   or    imp")
for a in Trit:
    for b in Trit:
        print(f"{a.name:5} {b.name:5} | {(a & b).name:5} {(a | b).name:5} {a.implies(b).name}")
print(list(Trit), Trit(1), Trit["MAYBE"], repr(Trit.TRUE), Trit.TRUE.value, len(Trit))
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED | Color.BLUE, Color.WHITE & ~Color.RED, Color.RED in Color.WHITE, repr(Color(0)), list(Color.WHITE))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), repr(Perm(5)), Perm.R + 1, str(Perm.W))
class Fruit(IntEnum):
    APPLE = 1
    BANANA = 2
    CHERRY = auto()
print(Fruit.CHERRY, repr(Fruit.BANANA), Fruit.APPLE < Fruit.CHERRY, sorted(Fruit, reverse=True), f"{Fruit.APPLE}", Fruit.APPLE == 1)
try:
    Trit(5)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Trit.__members__.keys(), Trit.TRUE is Trit(1), isinstance(Trit.TRUE, Trit), type(Trit.TRUE).__name__)
