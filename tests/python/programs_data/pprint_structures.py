import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "Weft", "version": (1, 2, 3), "modules": ["lexer", "parser", "compiler", "runtime", "builtins", "modules"],
        "config": {"threads": 8, "gil": False, "paths": ["/usr/lib/python3", "/home/user/.local/lib/python3/site-packages"]},
        "empty": {}, "nums": list(range(30)), "nested": [[1, 2, [3, 4, [5, 6]]], {"z": 1, "a": 2}]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=70)
print(pprint.pformat({"b": 1, "a": 2}))
print(pprint.pformat(list(range(100)), compact=True))
pprint.pprint(OrderedDict([("z", 1), ("a", [1] * 20)]), width=30)
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("mississippi hippopotamus"))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint({"long": "a fairly long string that will need to wrap across more than one line when the width is small"}, width=40)
pprint.pprint((1, (2, (3, (4, (5,))))), depth=3)
pprint.pprint([{"id": i, "tags": ["x" * i, "y" * (5 - i)], "score": i * 1.5} for i in range(5)])
pprint.pprint({1, 2, 3}), pprint.pprint(frozenset({3}))
pprint.pprint(set(range(30)))
print(pprint.isreadable({"a": 1}), pprint.isrecursive([]), pprint.saferepr([1, "x"]))
r = [1, 2]
r.append(r)
print("Recursion" in pprint.pformat(r), pprint.isrecursive(r), pprint.isreadable(r))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta"}})
pprint.pprint(b"bytes " * 20)
pprint.pprint(["short", "x" * 90])
pprint.pprint({"key": ("tuple", "of", "strings", "that", "is", "long", "enough", "to", "wrap", "around")})
pprint.pprint(range(10), width=5)
pprint.pprint({(1, 2): "t", (0, 5): "u"})
pprint.pp({"b": 2, "a": 1})
