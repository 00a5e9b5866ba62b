from enum import IntFlag, Flag, auto, STRICT, CONFORM, KEEP


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R | Perm.W)
print(Perm.R + 1, Perm.R | 8, repr(Perm.R | 8), repr(Perm(9)))
print(repr(~Perm.R), repr(Perm(0)), Perm.R == 4, isinstance(Perm.X, int))
print(list(Perm(7)), len(Perm(7)), Perm.W in Perm(6))
print(format(Perm.R | Perm.X), f'{Perm.W:>3}')
print(repr(2 | Perm.X), repr(Perm.R & 6), repr(Perm.R ^ Perm.R))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(5)
except ValueError as e:
    print(e)
print(repr(Conform(7)), repr(Keep(7)))
