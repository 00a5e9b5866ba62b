# Built-in types match their single positional sub-pattern against the subject itself.
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({2}), True, None, bytearray(b"x")]
for v in values:
    match v:
        case bool(b):
            kind = f"bool {b}"
        case int(i):
            kind = f"int {i}"
        case float(f):
            kind = f"float {f}"
        case str(s):
            kind = f"str {s}"
        case bytes(bs):
            kind = f"bytes {bs}"
        case bytearray(ba):
            kind = f"bytearray {ba}"
        case list(l):
            kind = f"list {l}"
        case tuple(t):
            kind = f"tuple {t}"
        case dict(d):
            kind = f"dict {d}"
        case set(s):
            kind = f"set {s}"
        case frozenset(fs):
            kind = f"frozenset {sorted(fs)}"
        case _:
            kind = "other"
    print(kind)


class MyInt(int):
    pass


match MyInt(7):
    case int(x):
        print("subclass self-match", x, type(x).__name__)

try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
