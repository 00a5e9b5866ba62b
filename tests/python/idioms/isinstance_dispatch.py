def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, dict):
        return "dict with " + ",".join(map(str, x))
    if x is None:
        return "nothing"
    return type(x).__name__

for v in [True, 3, 2.5, "s", [1, 2], (1,), {"a": 1, "b": 2}, None, {1}, range(3)]:
    print(repr(v), "->", describe(v))
print(type(3) is int, type(True) is int, isinstance(True, int))
print(type(3).__name__, type([]).__name__, type(None).__name__)
