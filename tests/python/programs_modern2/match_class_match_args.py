# Class patterns: positional sub-patterns map through __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return "Origin"
        case Point(0, y):
            return f"Y={y}"
        case Point(x, 0):
            return f"X={x}"
        case Point(x, y) if x == y:
            return f"Diagonal at {x}"
        case Point():
            return "Somewhere else"
        case _:
            return "Not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 2)]:
    print(where(p))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class TooMany:
    __match_args__ = ("a",)
    a = 1


try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["a"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
