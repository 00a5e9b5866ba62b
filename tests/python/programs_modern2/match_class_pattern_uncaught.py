# A class pattern with more positional sub-patterns than __match_args__ names: uncaught TypeError.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, y, z):
            return "3d?"


print(where(Point(0, 0)))
print(where(Point(1, 2)))
