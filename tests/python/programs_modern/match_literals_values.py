import enum

class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404

class Const:
    LIMIT = 10
    NAME = "limit"

def classify(x):
    match x:
        case True:
            return "True literal"
        case False:
            return "False literal"
        case None:
            return "None"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1+2j:
            return "complex 1+2j"
        case -3-4j:
            return "complex -3-4j"
        case "":
            return "empty str"
        case b"raw":
            return "bytes raw"
        case Status.OK:
            return "status ok"
        case Const.LIMIT:
            return "the limit"
        case Const.NAME:
            return "the limit name"
        case "a" | "b" | "c":
            return "abc letter"
        case str(s) if len(s) == 1:
            return "single char " + s
        case float(f) if f != f:
            return "nan"
        case int(i) if i > 1000:
            return "big int"
        case float() | int():
            return "other number"
        case _:
            return "other"

values = [True, False, None, 0, 0.0, -1, 1.5, 1+2j, -3-4j, "", b"raw", 200, Status.OK, 404, 10,
          10.0, "limit", "b", "z", float("nan"), 10**6, 7, 2.25, [], 1, Status.NOT_FOUND]
for v in values:
    print(f"{v!r:>22} -> {classify(v)}")

def sign(seq):
    match seq:
        case (0, 0, *_):
            return "two zeros first"
        case (*_, 0, 0):
            return "two zeros last"
        case (a, *mid, b) if a == b:
            return f"same ends, middle {mid}"
        case (_, _, _):
            return "triple"
        case ():
            return "empty tuple or list"
        case _:
            return "no rule"
for s in [(0, 0, 5), [1, 0, 0], (7, 1, 2, 7), [1, 2, 3], (), [], (1, 2), "xx", (1,)]:
    print(f"{s!r:>14} -> {sign(s)}")

def nested(p):
    match p:
        case {"pos": (x, y), "vel": (dx, dy)} if dx == dy == 0:
            return f"stationary at {x},{y}"
        case {"pos": (x, y), "vel": (dx, dy)}:
            return f"moving from {x},{y} by {dx},{dy}"
        case {"pos": [x, y, *_]}:
            return f"3d-ish at {x},{y}"
        case {"pos": _, **extra} if extra:
            return f"extra keys {sorted(extra)}"
    return "no match"
for p in [{"pos": (1, 2), "vel": (0, 0)}, {"pos": [1, 2], "vel": [1, 1]}, {"pos": (1, 2, 3)},
          {"pos": "xy", "color": "red"}, {"pos": 5}, {"pos": (1, 2, 3), "q": 1}]:
    print(nested(p))
x = 5
match x:
    case 1 | 2 | 3:
        print("small")
    case other:
        print("captured", other)
print(other)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {}:
    case {"k": _}:
        print("no")
    case {}:
        print("empty mapping pattern matches any mapping")
