# CPython 3.11: ~ on KEEP/EJECT flags inverts every bit; the boundary sees the value as given
# (EJECT hands back the plain negative int), and KEEP folds it into the class width.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
class Q(IntFlag):
    A = 1
    B = 2
    C = 8
class R(IntFlag):
    X = 1
    Y = 2
    Z = 4
class P(Flag):
    R = 4
    W = 2
    X = 1
class K(Flag, boundary=KEEP):
    A = 1
    B = 4
class E(IntFlag, boundary=EJECT):
    A = 1
    B = 4
class S(Flag, boundary=STRICT):
    A = 1
    B = 4
class C(IntFlag, boundary=CONFORM):
    A = 1
    B = 4
for cls in (Q, R, P, K, E, S, C):
    for m in list(cls) + [cls(0)]:
        try:
            r = ~m
            print(cls.__name__, repr(m), "->", repr(r), r if not isinstance(r, int) or isinstance(r, cls) else type(r).__name__)
        except Exception as e:
            print(cls.__name__, repr(m), type(e).__name__, e)
    try:
        print(repr(~(list(cls)[0] | list(cls)[1])))
    except Exception as e:
        print(type(e).__name__, e)
for cls, v in [(S, -1), (S, 2), (C, -2), (C, 10), (K, -3), (K, 18), (Q, -100), (E, 16)]:
    try:
        print(cls.__name__, v, repr(cls(v)))
    except ValueError as e:
        print(cls.__name__, v, type(e).__name__, e)
