import pprint
from dataclasses import dataclass, field
from types import SimpleNamespace

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)

@dataclass
class Own:
    value: int
    def __repr__(self):
        return f"Own<{self.value}>"

@dataclass(repr=False)
class NoRepr:
    value: int

tree = Node("root", [Node("child-%d" % i, [Node("leaf-%d-%d" % (i, j)) for j in range(2)]) for i in range(3)])
pprint.pprint(tree)
pprint.pprint(tree, width=40)
pprint.pprint(tree, depth=2)
loop = Node("loop")
loop.children.append(loop)
pprint.pprint(loop)
pprint.pprint([Own(i) for i in range(30)], compact=True)
print(pprint.pformat(NoRepr(1)).startswith("<"))
ns = SimpleNamespace(name="config", values=list(range(25)), nested=SimpleNamespace(a=1, b="x" * 70))
pprint.pprint(ns)
pprint.pprint(ns, width=30)
class Sub(SimpleNamespace):
    pass
pprint.pprint(Sub(items=["a" * 30, "b" * 30, "c" * 30]))
pprint.pprint(SimpleNamespace())
