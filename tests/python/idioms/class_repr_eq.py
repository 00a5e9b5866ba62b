class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

p = Point(1, 2)
q = Point(1, 2)
print(p, repr(p), str(p))
print(p == q, p is q, p != Point(2, 1))
print(p == (1, 2))
print(len({p, q, Point(3, 4)}))
print([Point(i, i * i) for i in range(3)])
print({Point(0, 0): "origin"})
print(Point("a", 1.5))
