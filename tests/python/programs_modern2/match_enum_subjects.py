# Matching enum members, flags and int-enums.
import enum


class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


def handle(code):
    match code:
        case Status.OK:
            return "fine"
        case Status.NOT_FOUND | Status.ERROR as bad:
            return f"bad: {getattr(bad, 'name', bad)}"
        case int(n) if 400 <= n < 500:
            return f"client error {n}"
        case _:
            return "?"


for c in [Status.OK, 200, 404, Status.ERROR, 418, "x"]:
    print(repr(c), handle(c))

for p in [Perm.R, Perm.R | Perm.W, Perm(0), Perm.X]:
    match p:
        case Perm.R:
            print("read only")
        case Perm(value=6):
            print("read/write via keyword")
        case x if not x:
            print("no permissions", repr(x))
        case _:
            print("other", p.name)

match Status.OK:
    case Status(value=v, name=n):
        print(n, v)
