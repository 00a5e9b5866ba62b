import json
data = {"name": "Rosetta", "tags": ["code", "tasks"], "n": 3, "ratio": 0.5, "ok": True, "none": None,
        "nested": {"é": "ünïcode", "list": [1, 2.0, -3e-5, 1e100]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.dumps([1, 2], separators=(",", ":")), json.dumps("\u2603\n\"x\""))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9"}'))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "b"}), json.dumps(float("inf")), json.loads("NaN"))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
for bad in ('{"a": 1,}', "[1, 2", "{'a': 1}", ""):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
