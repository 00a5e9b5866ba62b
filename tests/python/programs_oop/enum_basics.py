from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), str(Color.GREEN))
print(Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color))
print(len(Color), Color(2), Color["BLUE"])
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(type(e).__name__, e)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(f"{Color.RED}", f"{Color.RED!r}", "%s" % Color.BLUE, format(Color.GREEN))
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print(list(Shape), [s.value for s in Shape])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Sub(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
print(dir(Color))
print(sorted(Color, key=lambda c: c.name))
print(Color.RED.__hash__ is not None, bool(Color.RED))
