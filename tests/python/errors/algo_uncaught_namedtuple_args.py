from collections import namedtuple
Edge = namedtuple("Edge", "src dst weight", defaults=[1])
edges = [Edge("a", "b"), Edge("b", "c", 4), Edge._make(["c", "a", 2])]
for e in edges:
    print(e, e._asdict())
print(sum(e.weight for e in edges))
Edge("x")
