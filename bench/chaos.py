"""Chaos game: an iterated function system drawn into a character grid.

Objects with float fields, method calls through a list of transforms, a hand-written random
generator, and dict/list updates for the picture.
"""
import sys


class Random:
    """A linear congruential generator, so that Weft and CPython draw the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) / 9007199254740992.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, point):
        x, y = point.x, point.y
        return Point(self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


FERN = [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


def choose(transforms, r):
    acc = 0.0
    for t in transforms:
        acc += t.weight
        if r < acc:
            return t
    return transforms[-1]


def draw(iterations, width, height, seed):
    rng = Random(seed)
    grid = [[0] * width for _ in range(height)]
    p = Point(0.0, 0.0)
    min_x, max_x, max_y = -2.2, 2.7, 10.0
    for i in range(iterations):
        p = choose(FERN, rng.random()).apply(p)
        if i > 20:
            col = int((p.x - min_x) / (max_x - min_x) * (width - 1))
            row = height - 1 - int(p.y / max_y * (height - 1))
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
    return grid


def main(iterations):
    grid = draw(iterations, 40, 30, 2024)
    shades = " .:-=+*#%@"
    peak = max(max(row) for row in grid)
    lines = ["".join(shades[min(9, v * 10 // (peak + 1) + (1 if v else 0))] for v in row) for row in grid]
    checksum = 0
    for row in grid:
        for v in row:
            checksum = (checksum * 31 + v) % 1000000007
    print("\n".join(lines))
    print("points %d, peak %d, checksum %d" % (sum(map(sum, grid)), peak, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
