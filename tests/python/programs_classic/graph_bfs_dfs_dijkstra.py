import heapq
from collections import defaultdict, deque


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        return f"<{kind} {len(self.adj)} nodes, {sum(map(len, self.adj.values()))} arcs>"

    def __iter__(self):
        return iter(sorted(self.adj))

    def __contains__(self, node):
        return node in self.adj

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = [] if seen is None else seen
        seen.append(start)
        for v in sorted(self.adj[start]):
            if v not in seen:
                self.dfs(v, seen)
        return seen

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        done = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise KeyError(f"no path from {src} to {dst}")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(u for u, d in indeg.items() if d == 0))
        out = []
        while q:
            u = q.popleft()
            out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(out) != len(indeg):
            raise ValueError("graph has a cycle")
        return out


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]:
    g.add_edge(u, v, w)
print(g, list(g), "A" in g, "Z" in g)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, prev = g.dijkstra("A")
print(dict(sorted(dist.items())), dict(sorted(prev.items())))
for dst in "BDF":
    print(dst, g.path("A", dst))
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print(dag, dag.topo())
dag.add_edge("jacket", "shirt")
try:
    dag.topo()
except ValueError as e:
    print(type(e).__name__, e)
g.add_edge("X", "Y")
print(g.bfs("X"), sorted(g.adj["X"].items()))
try:
    g.path("A", "Y")
except KeyError as e:
    print(type(e).__name__, e, e.args)
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = deque([(start, 0)]), {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze solved in", d, "steps")
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print(len(seen), "cells explored")
print(g.path("A", "Q"))
