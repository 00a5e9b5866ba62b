class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True
    def __repr__(self):
        return f"DSU(count={self.count}, parent={self.parent})"
d = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (0, 3), (9, 7)]:
    print((a, b), "merged" if d.union(a, b) else "already joined")
print(d)
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))
grid = ["11000", "11000", "00100", "00011", "10001"]
R, C = len(grid), len(grid[0])
dsu = DSU(R * C)
land = 0
for r in range(R):
    for c in range(C):
        if grid[r][c] == "1":
            land += 1
            for dr, dc in ((0, 1), (1, 0)):
                nr, nc = r + dr, c + dc
                if nr < R and nc < C and grid[nr][nc] == "1":
                    dsu.union(r * C + c, nr * C + nc)
roots = {dsu.find(r * C + c) for r in range(R) for c in range(C) if grid[r][c] == "1"}
print("islands:", len(roots), "land cells:", land)
accounts = [["John", "a@x", "b@x"], ["John", "c@x"], ["John", "b@x", "d@x"], ["Mary", "m@x"]]
owner, idx = {}, {}
for acc in accounts:
    for e in acc[1:]:
        owner[e] = acc[0]
        idx.setdefault(e, len(idx))
u = DSU(len(idx))
for acc in accounts:
    for e in acc[2:]:
        u.union(idx[acc[1]], idx[e])
merged = {}
for e, i in idx.items():
    merged.setdefault(u.find(i), []).append(e)
print(sorted([owner[v[0]]] + sorted(v) for v in merged.values()))
equations = [("a", "==", "b"), ("b", "!=", "c"), ("c", "==", "a")]
names = sorted({x for e in equations for x in (e[0], e[2])})
pos = {n: i for i, n in enumerate(names)}
eq = DSU(len(names))
for a, op, b in equations:
    if op == "==":
        eq.union(pos[a], pos[b])
print("satisfiable:", all(eq.find(pos[a]) != eq.find(pos[b]) for a, op, b in equations if op == "!="))
