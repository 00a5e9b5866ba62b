from collections import deque, defaultdict
import heapq

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
def dfs(u, seen=None):
    seen = [] if seen is None else seen
    seen.append(u)
    for v, _ in sorted(graph[u]):
        if v not in seen:
            dfs(v, seen)
    return seen
print("bfs", bfs("A"))
print("dfs", dfs("A"))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
def kruskal(nodes, edges):
    parent = {n: n for n in nodes}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    mst = []
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            mst.append((u, v, w))
    return mst
mst = kruskal("ABCDEF", edges)
print(mst, sum(w for *_, w in mst))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
rev = defaultdict(list)
for k, vs in deps.items():
    for v in vs:
        rev[v].append(k)
q = deque(sorted(k for k, d in indeg.items() if d == 0))
topo = []
while q:
    u = q.popleft()
    topo.append(u)
    for v in sorted(rev[u]):
        indeg[v] -= 1
        if indeg[v] == 0:
            q.append(v)
print("topo", topo)
from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}})
print(list(ts.static_order()))
try:
    list(TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except CycleError as ex:
    print(type(ex).__name__, ex.args[0], sorted(ex.args[1]))
INF = float("inf")
nodes = "ABCD"
W = {("A", "B"): 3, ("B", "C"): -2, ("A", "C"): 5, ("C", "D"): 2, ("D", "A"): 1}
d = {(i, j): 0 if i == j else W.get((i, j), INF) for i in nodes for j in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if d[i, k] + d[k, j] < d[i, j]:
                d[i, j] = d[i, k] + d[k, j]
for i in nodes:
    print(i, [d[i, j] for j in nodes])
grid = ["S.#.", "..#.", "...E", "#..."]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), steps = q.popleft()
    if grid[r][c] == "E":
        print("maze steps", steps)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), steps + 1))
def has_cycle(g):
    color = {}
    def visit(u):
        color[u] = 1
        for v in g.get(u, []):
            if color.get(v) == 1 or (v not in color and visit(v)):
                return True
        color[u] = 2
        return False
    return any(visit(u) for u in g if u not in color)
print(has_cycle({1: [2], 2: [3], 3: [1]}), has_cycle({1: [2], 2: [3]}))
