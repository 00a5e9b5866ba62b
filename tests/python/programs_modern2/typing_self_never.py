# Self, Never, NoReturn, LiteralString and assert_never (3.11).
from typing import Self, Never, NoReturn, LiteralString, assert_never, get_type_hints
import enum


class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self

    @classmethod
    def make(cls) -> Self:
        return cls()


class Circle(Shape):
    def set_radius(self, r: float) -> Self:
        self.r = r
        return self


c = Circle.make().set_scale(2.0).set_radius(3.0)
print(type(c).__name__, c.scale, c.r)
print(get_type_hints(Shape.set_scale))
print(Self, Never, NoReturn, LiteralString)
print(Never == NoReturn, Never is NoReturn)


class Op(enum.Enum):
    ADD = "+"
    SUB = "-"


def apply(op: Op, a: int, b: int) -> int:
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case _:
            assert_never(op)


print(apply(Op.ADD, 2, 3), apply(Op.SUB, 2, 3))
try:
    apply("mul", 1, 2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError:", len(str(e)), str(e)[-20:])


def run_query(sql: LiteralString) -> None:
    print("query:", sql)


run_query("SELECT 1")
for bad in (lambda: Self[int], lambda: isinstance(1, Never), lambda: Never()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
