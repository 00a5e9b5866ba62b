import pprint

data = {"name": "weft", "versions": list(range(30)), "nested": {"a": {"b": {"c": {"d": [1, 2, {"e": "deep"}]}}}},
        "tuple": (1, "two", 3.0), "set": {3, 1, 2}, "fs": frozenset({5, 4}), "empty": [], "edict": {},
        "long_string": "lorem ipsum dolor sit amet " * 4, "bytes": b"\x00abc" * 10}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pprint(data, indent=4, width=50, depth=3)
print(pprint.pformat([1, 2, 3]), pprint.pformat({"b": 1, "a": 2}), pprint.pformat((1,)))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]
l.append(l)
print(pprint.saferepr(l).split(" with")[0], pprint.isrecursive(l), pprint.isreadable(l))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3, 4, 5, 6], "beta": ("x" * 10, "y" * 10)})
print(pp.pformat("a" * 50))
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
P = namedtuple("P", "x y")
pprint.pprint([OrderedDict(a=1, b=2), defaultdict(list, {"k": [1]}), Counter("abracadabra"), deque(range(3)), P(1, 2)])
pprint.pprint({"od": OrderedDict((str(i), i * 100) for i in range(8))}, width=40)
pprint.pprint(Counter("mississippi" * 3), width=30)
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 4, width=30)
pprint.pprint(("a very long tuple element number one", "and two", "and three"), width=30)
pprint.pp({"z": 1, "a": 2})
print(pprint.pformat({3: "c", 1: "a", 2: "b"}, width=10))
pprint.pprint([{"id": i, "tags": ["t" + str(j) for j in range(i)]} for i in range(4)], width=45)
pprint.pprint("a long string that will need to be wrapped over multiple lines when narrow", width=30)
pprint.pprint(b"bytes that are long enough to be wrapped at width twenty", width=20)
