"""Method calls on one object shared by every thread (reads of its attributes only)."""
from _harness import main


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return self.x * k


SHARED = Point(3, -4)


def work(size, k, state):
    p = SHARED
    s = 0
    for i in range(size):
        s += p.norm1() + p.scaled(2)
    return s


main(work)
