import gc

class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
        self.links = []
        Node.instances += 1
    def link(self, other):
        self.links.append(other)
        other.links.append(self)
    def __repr__(self):
        return f"Node({self.name})"

def build_ring(n):
    nodes = [Node(f"n{i}") for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.link(b)
    return nodes

ring = build_ring(5)
print(ring, [len(n.links) for n in ring])
print("created:", Node.instances)
del ring
collected = gc.collect()
print("collect returned an int:", isinstance(collected, int))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

def degree_histogram(nodes):
    hist = {}
    for n in nodes:
        hist[len(n.links)] = hist.get(len(n.links), 0) + 1
    return dict(sorted(hist.items()))
star = [Node("hub")] + [Node(f"leaf{i}") for i in range(4)]
for leaf in star[1:]:
    star[0].link(leaf)
print(degree_histogram(star), Node.instances)
visited, stack = [], [star[1]]
while stack:
    n = stack.pop()
    if n.name in visited:
        continue
    visited.append(n.name)
    stack.extend(sorted(n.links, key=lambda x: x.name, reverse=True))
print(visited)
