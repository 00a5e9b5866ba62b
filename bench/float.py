"""Float objects: many small instances with x/y/z attributes, math calls, normalize, maximize."""
import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main(n, repeat):
    for _ in range(repeat):
        result = benchmark(n)
    print(result)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000, int(sys.argv[2]) if len(sys.argv) > 2 else 20)
