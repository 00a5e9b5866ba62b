from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(Perm.R | Perm.W)
print(repr(Perm.R | Perm.W))
print(Perm.RWX, repr(Perm.RWX))
print(Perm(0), repr(Perm(0)))
print(Perm(6))
print(list(Perm.RWX))
print(list(Perm))
print(Perm.R in Perm.RWX, Perm.X in (Perm.R | Perm.W))
print(bool(Perm(0)), bool(Perm.R))
print(~Perm.R, repr(~Perm.X))
print((Perm.R | Perm.W) & Perm.W, Perm.RWX ^ Perm.R)
print(len(Perm.RWX), len(Perm(0)))
print((Perm.R | Perm.X).name, (Perm.R | Perm.X).value)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)

class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

m = Mode.READ | Mode.EXEC
print(m, repr(m), int(m), m + 1, m == 5)
print(Mode(3), repr(Mode(3)))
print(Mode(16), repr(Mode(16)))
print(Mode.READ | 8, repr(Mode.READ | 8))
print(~Mode.READ, repr(~Mode.READ))
print(f"{m}", format(m, "d"), f"{Mode.WRITE:>8}|")
print(isinstance(m, int), Mode.WRITE.value, Mode.WRITE.name)
print(list(Mode), list(m))
print(Mode(0), repr(Mode(0)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, Color.RED | Color.GREEN)
print(Color.__members__.keys())
print(str(Color.BLUE | Color.RED))
from enum import KEEP
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
for v in (16, 17, 2001, 3):
    k = Keep(v)
    print(repr(k), str(k), k.name, Mode(v).name)
