# Dataclasses and namedtuples get __match_args__ automatically.
from dataclasses import dataclass, field
from typing import NamedTuple
from collections import namedtuple


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float
    tag: str = field(default="", compare=False)


class Vec(NamedTuple):
    x: int
    y: int


Pair = namedtuple("Pair", "left right")

print(Circle.__match_args__, Rect.__match_args__, Vec.__match_args__, Pair.__match_args__)


def area(shape):
    match shape:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * w}"
        case Rect(w, h, tag=t):
            return f"rect {w * h} {t!r}"
        case Vec(0, 0):
            return "zero vector"
        case Vec(x, y):
            return f"vector len^2 {x * x + y * y}"
        case (a, b):
            return f"plain pair {a},{b}"


for s in [Circle(1), Rect(2, 2), Rect(2, 3, "t"), Vec(0, 0), Vec(3, 4), Pair(1, 2), (5, 6)]:
    print(area(s))

# a namedtuple is a sequence too
match Pair("l", "r"):
    case [left, right]:
        print("as sequence", left, right)


@dataclass(match_args=False)
class Hidden:
    a: int


print(hasattr(Hidden, "__match_args__"))
try:
    match Hidden(1):
        case Hidden(1):
            pass
except TypeError as e:
    print(e)
match Hidden(1):
    case Hidden(a=1):
        print("keyword still works")
