import copy
import pprint
import reprlib


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("copy called")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].children.append(Node("d"))
print(shallow)
print(deep)
nested = {"k": [1, [2, 3]], "t": (1, [2])}
c1, c2 = copy.copy(nested), copy.deepcopy(nested)
nested["k"][1].append(4)
print(c1, c2, c1["t"] is nested["t"], c2["t"] is nested["t"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
t = Tracked([1, 2])
print(copy.copy(t).v, copy.deepcopy(t).v)
print(copy.copy((1, 2)) is (1, 2) or True, copy.deepcopy("s"), copy.copy(frozenset({1})))
try:
    copy.deepcopy(object.__new__(type("NoCopy", (), {"__reduce_ex__": lambda self, p: 1 / 0})))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

data = {"name": "weft", "versions": list(range(20)), "nested": {"deep": {"deeper": {"deepest": [1, 2, {"x": "y" * 30}]}}},
        "tuple": tuple("abcdefghij"), "set": {3, 1, 2}, "empty": {}, "long string": "word " * 20}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, indent=4, width=100, sort_dicts=False, compact=True)
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.isreadable({"a": 1}), pprint.isreadable(object()), pprint.isrecursive(cyc), pprint.saferepr([1, {2: (3,)}]))
pprint.pprint([[1, 2, 3]] * 3, width=15)
pprint.pprint(("short",), width=1)
pprint.pprint("a fairly long string that will have to be split into pieces somewhere", width=30)
pprint.pprint({"bytes": b"x" * 50}, width=40)
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": 4}})
pprint.pp({"z": 1, "a": 2})

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1,) * 10), reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 50))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnopqrstuvwxyz"))


class Box:
    def __init__(self):
        self.items = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Box(%r)" % self.items


b = Box()
b.items.append(b)
print(b)
