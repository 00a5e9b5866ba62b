import pprint

data = {
    "name": "weft",
    "versions": [3.9, 3.10, 3.11],
    "deps": {"runtime": ["jline", "slf4j"], "test": ["junit", "assertj", "mockito"]},
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "nested": {"a": {"b": {"c": {"d": {"e": "deep"}}}}},
    "tuple": (1, "two", 3.0, None, True),
    "set": {3, 1, 2},
    "empty": [{}, [], (), set()],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(list(range(40)), width=50)
pprint.pprint(["x" * 15] * 6, compact=True, width=40)
print(pprint.pformat({"k": list(range(12))}, indent=4, width=30))
print(pprint.saferepr({"b": 1, "a": [1, 2]}))
print(pprint.isreadable({"a": 1}), pprint.isreadable(object), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
import re
hide = lambda t: re.sub(r"id=\d+", "id=N", t)
print(hide(pprint.pformat(r)), pprint.isrecursive(r), hide(pprint.saferepr(r)))
d = {"self": None}
d["self"] = d
print(hide(pprint.pformat(d)))
long_str = "lorem ipsum dolor sit amet " * 5
pprint.pprint({"text": long_str}, width=50)
pprint.pprint(("a" * 30, "b" * 30), width=40)
pprint.pprint(b"\x00\x01binary data " * 5, width=30)
pp = pprint.PrettyPrinter(indent=2, width=35, depth=3)
pp.pprint({"level1": {"level2": {"level3": {"level4": 1}}, "list": [1, [2, [3, [4]]]]}})
print(pp.pformat(frozenset({1})), pprint.pformat(frozenset(range(30)), width=40))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=40)
dd = defaultdict(list)
for i in range(10):
    dd[i % 3].append(i)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra"), width=30)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint([[i] * i for i in range(6)], width=20)
pprint.pprint({i: chr(65 + i) * i for i in range(1, 7)}, width=25, sort_dicts=False)
