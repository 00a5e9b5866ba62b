import math

class Shape:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__.lower(), None)
        if method is None:
            return visitor.generic(self)
        return method(self)

class Circle(Shape):
    def __init__(self, r):
        self.r = r

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c

class Group(Shape):
    def __init__(self, *children):
        self.children = list(children)

class Area:
    def visit_circle(self, s): return math.pi * s.r ** 2
    def visit_rect(self, s): return s.w * s.h
    def visit_triangle(self, s):
        p = (s.a + s.b + s.c) / 2
        return math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c))
    def visit_group(self, g): return sum(c.accept(self) for c in g.children)
    def generic(self, s): return 0.0

class Describe:
    def __init__(self):
        self.depth = 0
    def visit_circle(self, s): return "  " * self.depth + f"circle r={s.r}"
    def visit_rect(self, s): return "  " * self.depth + f"rect {s.w}x{s.h}"
    def visit_group(self, g):
        lines = ["  " * self.depth + f"group of {len(g.children)}"]
        self.depth += 1
        lines += [c.accept(self) for c in g.children]
        self.depth -= 1
        return "\n".join(lines)
    def generic(self, s): return "  " * self.depth + f"<{type(s).__name__}>"

shapes = []
for maker in [lambda: Circle(1), lambda: Rect(3, 4), lambda: Triangle(3, 4, 5), lambda: Triangle(1, 2, 10)]:
    try:
        shapes.append(maker())
    except ValueError as e:
        print("skip:", e)
scene = Group(*shapes, Group(Rect(1, 1), Circle(0.5)), Group())
print(scene.accept(Describe()))
print(f"total area {scene.accept(Area()):.4f}")
for s in shapes:
    print(f"{type(s).__name__:<9} {s.accept(Area()):8.3f}")
