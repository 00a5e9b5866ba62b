def dumps(obj, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN is not allowed")
        return repr(obj)
    if isinstance(obj, str):
        escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
        return '"' + "".join(escapes.get(c, c if ord(c) >= 32 else f"\\u{ord(c):04x}") for c in obj) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, _level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + dumps(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

data = {
    "name": "Weft",
    "version": [3, 11],
    "stable": False,
    "score": 9.5,
    "tags": ["jvm", "python", "free-threaded"],
    "owner": {"login": "team", "id": 42, "quote": "say \"hi\"\n\tbye"},
    "empty": {},
    "nothing": None,
    "list": [],
}
print(dumps(data))
print(dumps(data, indent=2))
for bad in [{1: "x"}, {"s": {1, 2}}, [float("nan")]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dumps("\x01ctrl"), dumps((1, 2.0, -3)), dumps(10 ** 20), dumps(1e-7))
