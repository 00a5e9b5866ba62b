# Flag boundaries (3.11): STRICT, CONFORM, EJECT, KEEP.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(7)))
print(Strict._boundary_, Keep._boundary_, IntFlag._boundary_ if hasattr(IntFlag, "_boundary_") else "-")


class Default(Flag):
    A = 1


print(Default._boundary_)
try:
    Default(4)
except ValueError as e:
    print("ValueError:", e)


class IF(IntFlag):
    A = 1


print(repr(IF(5)), IF(5) == 5)
