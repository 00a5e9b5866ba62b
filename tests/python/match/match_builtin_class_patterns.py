def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case set():
            return "a set"
        case _:
            return "other"
for v in [True, 3, 2.0, "s", [9, 8], {"k": 1}, (1, 2), {1}, None, []]:
    print(kind(v))
