# Built-in types (int, str, tuple, ...) match their single positional sub-pattern against the
# subject itself, but only while no class on the way defines __match_args__: a namedtuple, or a
# tuple subclass with its own __match_args__, matches by attribute instead.
import collections
from typing import NamedTuple

Point = collections.namedtuple("Point", "x y")


class Span(NamedTuple):
    start: int
    end: int = 0


class MyInt(int):
    pass


class Tagged(tuple):
    __match_args__ = ("tag",)

    @property
    def tag(self):
        return self[0]


def classify(subject):
    match subject:
        case Point(0, y):
            return f"Point on the y axis at {y}"
        case Point(x, y=0):
            return f"Point on the x axis at {x}"
        case Span(s, e) if e < s:
            return f"backwards span {s}..{e}"
        case Span(s):
            return f"span from {s}"
        case MyInt(7):
            return "MyInt seven"
        case Tagged("err"):
            return "tagged error"
        case tuple((a, b)):
            return f"plain pair {a},{b}"
        case str(text):
            return f"text {text!r}"
        case _:
            return "other"


for subject in [Point(0, 4), Point(3, 0), Point(1, 1), Span(5, 2), Span(1, 9), MyInt(7),
                Tagged(("err", 1)), (1, 2), "hi", 7, Tagged(("ok",))]:
    print(repr(subject), "->", classify(subject))



def too_many(subject):
    match subject:
        case MyInt(1, 2):
            return "unreachable"
        case Tagged(1, 2):
            return "unreachable"
        case Point(1, 2, 3):
            return "unreachable"


for subject in [MyInt(1), Tagged((1,)), Point(1, 2)]:
    try:
        too_many(subject)
    except TypeError as e:
        print(type(e).__name__, e)
