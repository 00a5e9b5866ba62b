# Flag iteration and len (3.11): iterating a flag yields its canonical members.
from enum import Flag, IntFlag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), len(Color))
purple = Color.RED | Color.BLUE
print(list(purple), len(purple), Color.RED in purple, Color.GREEN in purple)
print(list(Color.WHITE), repr(Color.WHITE), purple.name, Color(0).name, list(Color(0)))
print(repr(~Color.RED), repr(~Color.WHITE), bool(Color(0)))


class Perm(IntFlag):
    X = 1
    W = 2
    R = 4


rw = Perm.R | Perm.W
print(list(rw), [p.name for p in rw], rw.value, rw == 6, rw & 2, repr(rw ^ Perm.X))
print(list(Perm(7)), repr(Perm(0)), Perm.R in Perm(5))
