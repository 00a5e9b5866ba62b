# Mapping patterns: extra keys are ignored; **rest captures them as a new dict.
events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "q", "mods": ["ctrl"], "repeat": False},
    {"type": "resize", "w": 800},
    {"kind": "unknown"},
    {},
]

for ev in events:
    match ev:
        case {"type": "click", "x": x, "y": y}:
            print("click at", x, y)
        case {"type": "key", "key": k, **rest}:
            print("key", k, "rest", sorted(rest.items()), type(rest).__name__)
        case {"type": t, **others} if not others:
            print("bare event", t)
        case {"type": t}:
            print("other event", t)
        case {}:
            print("some mapping of", len(ev))

from collections import OrderedDict, defaultdict

d = defaultdict(int, a=1)
match d:
    case {"a": 1, "missing": _}:
        print("missing matched?")
    case {"a": a}:
        print("defaultdict a =", a, "missing" in d)

match OrderedDict([("z", 1), ("a", 2), ("m", 3)]):
    case {"a": _, **rest}:
        print(list(rest))

match [("a", 1)]:
    case {}:
        print("list matched mapping")
    case _:
        print("list is not a mapping")
