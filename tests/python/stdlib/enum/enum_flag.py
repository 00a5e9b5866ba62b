from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print(list(Perm), [p.value for p in Perm])
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, len(rw), list(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(7)), Perm(7) == Perm.R | Perm.W | Perm.X)
print(Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) is (Perm.W | Perm.R))
try:
    Perm(8)
except ValueError as e:
    print(e)


class Color(Flag):
    NONE = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN))
print(repr(Color(0)), Color.NONE, list(Color.WHITE))
print(Color.__members__.keys())
print(repr(~Color.WHITE), repr(~Color.NONE))
print(Color.RED.name, (Color.RED | Color.BLUE).name)
