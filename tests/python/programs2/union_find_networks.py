class DisjointSet:
    def __init__(self):
        self.parent = {}
        self.rank = {}
        self.size = {}

    def add(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0
            self.size[x] = 1

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

links = [("pc1", "sw1"), ("pc2", "sw1"), ("sw1", "router"), ("pc3", "sw2"), ("sw2", "router"),
         ("printer", "sw3"), ("pc4", "sw3"), ("laptop", "laptop"), ("pc1", "pc2"), ("nas", "sw4")]
ds = DisjointSet()
redundant = []
for a, b in links:
    if not ds.union(a, b):
        redundant.append((a, b))
for g in ds.groups():
    print(len(g), g)
print("redundant links:", redundant)
print("pc3 and pc1 connected:", ds.find("pc3") == ds.find("pc1"))
print("printer and router connected:", ds.find("printer") == ds.find("router"))

edges = [(4, "A", "B"), (8, "A", "H"), (11, "B", "H"), (8, "B", "C"), (7, "H", "I"), (1, "H", "G"),
         (2, "C", "I"), (6, "I", "G"), (7, "C", "D"), (4, "C", "F"), (2, "G", "F"), (14, "D", "F"),
         (9, "D", "E"), (10, "F", "E")]
mst = DisjointSet()
chosen = [(w, a, b) for w, a, b in sorted(edges) if mst.union(a, b)]
print("MST:", chosen)
print("weight:", sum(w for w, _, _ in chosen))
