def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"setting {key!r} is required")
print(load({"a": 1}, "a"))
load({}, "b")
