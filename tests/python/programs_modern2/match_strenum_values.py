# StrEnum and IntEnum members match their plain values and vice versa.
from enum import StrEnum, IntEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()


class Code(IntEnum):
    OK = 200


def route(m):
    match m:
        case Method.GET:
            return "read"
        case "post":
            return "write (matched by plain str)"
        case Code.OK:
            return "ok code"
        case _:
            return "unknown"


for v in [Method.GET, "get", Method.POST, "post", 200, Code.OK, "put"]:
    print(repr(v), route(v))

match Method("get"):
    case str(s):
        print("a str too:", s, type(s).__name__)
