def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{inner}{pretty(str(k))}: {pretty(v, indent + step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + pretty(v, indent + step) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value != value:
        return "NaN"
    return repr(value)
doc = {
    "name": "Weft",
    "version": (0, 1, 0),
    "free_threaded": True,
    "gil": None,
    "ratio": 0.25,
    "tags": ["jvm", "python", "jupyter"],
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n', "unicode": "café ☕"},
    "matrix": [[1, 2], [3, 4]],
    "records": [{"id": 1, "ok": False}, {"id": 2, "ok": True}],
}
print(pretty(doc))
print(pretty([float("nan"), 1e100, -0.0]))
