# json.dump/json.load with real files: indent, sort_keys, separators, ensure_ascii, errors.
import json
import os
import tempfile

data = {
    "name": "Weft café",
    "version": [3, 11, 0],
    "ratio": 0.1 + 0.2,
    "big": 10**20,
    "flags": {"debug": False, "verbose": True, "level": None},
    "tags": ("a", "b"),
    "nested": [{"k": 1}, [], {}],
    "emoji": "✓ ok",
}

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "data.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True)
    with open(p, encoding="utf-8") as f:
        text = f.read()
    print(text)
    with open(p, encoding="utf-8") as f:
        loaded = json.load(f)
    print(loaded == {**data, "tags": ["a", "b"]}, loaded["tags"], type(loaded["big"]).__name__)

    with open(p, "w") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    print(os.path.getsize(p), open(p, encoding="utf-8").read()[:60])
    with open(p, "w") as f:
        json.dump(data, f, indent="\t", ensure_ascii=True)
    print(open(p).read().splitlines()[1:4])

    lines = os.path.join(tmp, "events.jsonl")
    with open(lines, "w") as f:
        for i in range(4):
            f.write(json.dumps({"id": i, "sq": i * i, "odd": i % 2 == 1}) + "\n")
    with open(lines) as f:
        events = [json.loads(line) for line in f]
    print(events, sum(e["sq"] for e in events))

    bad = os.path.join(tmp, "bad.json")
    for content in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nan", '{"x": "\\q"}', "[1] extra"]:
        with open(bad, "w") as f:
            f.write(content)
        try:
            with open(bad) as f:
                json.load(f)
        except json.JSONDecodeError as e:
            print(repr(content), "->", e.msg, e.lineno, e.colno, e.pos)
    with open(bad, "w") as f:
        f.write("NaN")
    print(json.load(open(bad)))
    try:
        with open(bad, "w") as f:
            json.dump({"s": {1, 2}}, f)
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(open(bad).read()))

    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y
    with open(p, "w") as f:
        json.dump([Point(1, 2), Point(3, 4)], f, default=lambda o: {"__point__": [o.x, o.y]})
    with open(p) as f:
        pts = json.load(f, object_hook=lambda d: tuple(d["__point__"]) if "__point__" in d else d)
    print(pts)
    with open(p, "w") as f:
        json.dump({"b": 1, "a": 2, 3: "int key", True: "bool key", None: "none"}, f)
    print(open(p).read())
    with open(p) as f:
        print(json.load(f, object_pairs_hook=list, parse_int=float))
