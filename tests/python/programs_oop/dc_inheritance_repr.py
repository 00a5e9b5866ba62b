from dataclasses import dataclass, field
import dataclasses

@dataclass
class Shape:
    name: str = "shape"
    def area(self):
        return 0
    def describe(self):
        return f"{self!r} area={self.area():.2f}"

@dataclass
class Rect(Shape):
    w: float = 1
    h: float = 1
    def area(self):
        return self.w * self.h

@dataclass(repr=False)
class Square(Rect):
    def __init__(self, side):
        super().__init__("square", side, side)

@dataclass
class Circle(Shape):
    r: float = 1.0
    def area(self):
        return 3.14159 * self.r ** 2
    def __repr__(self):
        return f"Circle(r={self.r})"

for s in [Shape(), Rect("r", 2, 3), Square(4), Circle(r=2)]:
    print(s.describe())
print(Rect("r", 2, 3) == Rect("r", 2, 3), Rect() == Shape())
print(Square(2) == Rect("square", 2, 2))
print(Rect.__eq__ is Square.__eq__)
print(dataclasses.fields(Square)[0].name, Rect.__init__.__annotations__)
print(Rect.__init__.__qualname__, Rect.__repr__.__qualname__)
print(Rect.__match_args__)

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: "Outer.Inner" = field(default_factory=lambda: Outer.Inner(5))
print(Outer())
print(repr(Outer.Inner(3)))

def make():
    @dataclass
    class Local:
        a: int
    return Local(1)
print(make())
print(type(make()).__qualname__)
