import pprint
import reprlib
data = {"name": "Rosetta", "tasks": [{"id": i, "title": f"Task number {i}", "tags": ["a", "b"] * i} for i in range(4)],
        "meta": {"version": (3, 11, 0), "nested": {"deep": {"deeper": list(range(30))}}}}
pprint.pprint(data)
pprint.pprint(data, width=60, depth=2)
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(l, d, pprint.isrecursive(l), pprint.isreadable(d), pprint.isreadable([1, "a"]))
