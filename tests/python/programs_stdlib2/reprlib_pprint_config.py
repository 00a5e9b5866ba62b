import pprint
import reprlib
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass, field

Point = namedtuple("Point", "x y")


@dataclass
class Config:
    name: str
    ports: list = field(default_factory=list)
    options: dict = field(default_factory=dict)


cfg = {
    "servers": [Config("alpha", [80, 443], {"tls": True, "weights": [0.5, 0.25, 0.25]}), Config("beta")],
    "counts": Counter("mississippi"),
    "ordered": OrderedDict([("z", 1), ("a", 2)]),
    "default": defaultdict(list, {"k": [1, 2]}),
    "queue": deque(range(12), maxlen=15),
    "point": Point(3, 4),
    "frozen": frozenset({3, 1, 2}),
    "matrix": [[i * j for j in range(6)] for i in range(6)],
    "text": "lorem ipsum dolor sit amet " * 3,
}
pprint.pprint(cfg, width=60)
print(pprint.pformat(cfg["matrix"], width=30))
print(pprint.pformat(cfg["counts"], width=20))
print(pprint.pformat(cfg["ordered"]), pprint.pformat(cfg["default"], width=20))
print(pprint.pformat(cfg["queue"], width=30))
print(pprint.pformat(Point(x=[1] * 10, y="y" * 30), width=30))
pprint.pprint(Config("gamma", list(range(30)), {"a": "b" * 40}), width=50)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], depth=3)
pprint.pprint({"a": {"b": {"c": {}}}}, depth=2)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(("a" * 20, "b" * 20, "c" * 20), width=40)
pprint.pprint(b"bytes " * 10, width=30)
pprint.pprint(bytearray(b"x" * 30), width=25)
pprint.pprint({3: "c", 1: "a", 2: "b", "x": 0} if False else {3: "c", 1: "a", 2: "b"})
pprint.pprint(set(range(25)), width=40)
pprint.pprint({}, width=1)
pprint.pprint([[]], width=1)
pprint.pprint(range(5))
aRepr = reprlib.Repr()
aRepr.maxdict = 2
aRepr.maxlevel = 2
aRepr.maxother = 10
print(aRepr.repr(cfg["ordered"]), aRepr.repr({"a": 1, "b": 2, "c": 3}), aRepr.repr([[[[1]]]]))
print(aRepr.repr(Config("delta")), reprlib.repr(frozenset(range(10))), reprlib.repr(deque(range(10))))
print(reprlib.repr(b"x" * 50), reprlib.repr(3.14159265358979), reprlib.repr(2 ** 200))
print(reprlib.repr(array := __import__("array").array("i", range(20))))
