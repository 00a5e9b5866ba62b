from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.__members__)
print(list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(f'{Color.RED}', format(Color.GREEN, '>12') + '|', str(Color.BLUE))
print(Color, repr(Color), type(Color).__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
print([c.name for c in reversed(Color)])
print(Color.RED.__class__ is Color, Color(Color.RED))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape))
print(Color._member_names_, Color.GREEN._name_, Color.GREEN._value_)
