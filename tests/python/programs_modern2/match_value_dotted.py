# Dotted names are value patterns (compared with ==); bare names capture.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Config:
    DEBUG = "debug"
    RELEASE = "release"


class Loose:
    def __eq__(self, other):
        print("Loose.__eq__ called with", other)
        return other == 2


RED = "shadowed"

for c in [Color.RED, Color.BLUE, 1]:
    match c:
        case Color.RED:
            print("red!")
        case Color.GREEN | Color.BLUE:
            print("cool colour", c.name)
        case _:
            print("not a colour:", c)

for mode in ["debug", "release", "other"]:
    match mode:
        case Config.DEBUG:
            print("debug build")
        case Config.RELEASE:
            print("release build")
        case other:
            print("unknown mode", other)


class NS:
    loose = Loose()


match 2:
    case NS.loose:
        print("matched through the reflected __eq__")
