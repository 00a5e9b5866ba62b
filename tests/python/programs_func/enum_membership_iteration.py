from enum import Enum, Flag, IntFlag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    ALL = 7

print(list(Color), [m.name for m in Color.__members__.values()])
print(list(Color.__members__.items())[-1], Color.SCARLET is Color.RED, Color.SCARLET.name)
print(list(Perm), [m.name for m in Perm], list(Perm.__members__))
print(Perm.RW, list(Perm.RW), Perm.ALL, list(Perm.ALL), len(Perm.ALL))
print(Perm.R | Perm.W is Perm.RW, Perm(6) is Perm.RW, Perm(5), repr(Perm(5)))
print(Color.RED in Color, Perm.R in Perm.ALL, Perm.RW in Perm.R, Perm.R in Perm.RW)
try:
    print(1 in Color)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("R" in Perm.ALL)
except TypeError as e:
    print(type(e).__name__, e)
print(Perm.R & Perm.X, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print([p for p in Perm if p in Perm.RW])
print(Perm.ALL ^ Perm.W, ~Perm.ALL, repr(~Perm.ALL), ~Perm.RW)
print(sorted(Color, key=lambda c: c.name), max(Color, key=lambda c: c.value))
print(dict.fromkeys(Color, 0))
print({c: c.value ** 2 for c in Color})
print(Color(1), Color.__members__["SCARLET"], Color["SCARLET"])
print(list(reversed(Color)), Color.__len__(), bool(Color))

class Step(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([(s.name, s.value) for s in Step], Step.A | Step.C, Step(5) == 5, Step(8), repr(Step(8)))
print(Step.A in Step(3), 1 in Step(3) if True else None)
total = Step(0)
for s in Step:
    total |= s
    print(total, total.value, end=" | ")
print()
print([m for m in Step(7)], Step(7).name, Step(3).name)
