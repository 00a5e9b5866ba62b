import json, io
enc = json.JSONEncoder()
for obj in [{"a": [1, 2]}, [], {}, [1, "x", None, True, 2.5, [3, {"k": []}], {"z": 0}], "s", 5, [[1], [2, [3]]]]:
    print(list(enc.iterencode(obj)))
    print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode(obj)))
    print(list(json.JSONEncoder(separators=(",", ":")).iterencode(obj, _one_shot=True)))
class Chunky(io.StringIO):
    def __init__(self):
        super().__init__()
        self.calls = 0
    def write(self, s):
        self.calls += 1
        return super().write(s)
c = Chunky()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, c)
print(c.getvalue(), c.calls)
c = Chunky()
json.dump([1, [2, 3]], c, indent=1)
print(c.getvalue(), c.calls)
print(json.dumps({"k": [1, 2]}, indent=3), json.dumps([{"x": 1}], indent="--"))
