from __future__ import annotations
from dataclasses import dataclass, field
from graphlib import TopologicalSorter, CycleError
from collections import deque
import heapq

@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    weight: float = 1.0

@dataclass
class Graph:
    edges: list[Edge] = field(default_factory=list)
    def add(self, src: str, dst: str, weight: float = 1.0) -> Graph:
        self.edges.append(Edge(src, dst, weight))
        return self
    @property
    def nodes(self) -> list[str]:
        return sorted({e.src for e in self.edges} | {e.dst for e in self.edges})
    def neighbors(self, n: str) -> list[Edge]:
        return [e for e in self.edges if e.src == n]
    def bfs(self, start: str) -> list[str]:
        seen, order, q = {start}, [], deque([start])
        while q:
            n = q.popleft()
            order.append(n)
            for e in self.neighbors(n):
                if e.dst not in seen:
                    seen.add(e.dst)
                    q.append(e.dst)
        return order
    def dijkstra(self, start: str) -> dict[str, tuple[float, list[str]]]:
        best: dict[str, tuple[float, list[str]]] = {}
        heap = [(0.0, start, [start])]
        while heap:
            d, n, path = heapq.heappop(heap)
            if n in best:
                continue
            best[n] = (d, path)
            for e in self.neighbors(n):
                if e.dst not in best:
                    heapq.heappush(heap, (d + e.weight, e.dst, path + [e.dst]))
        return best

g = Graph().add("a", "b", 4).add("a", "c", 1).add("c", "b", 2).add("b", "d", 1).add("c", "d", 5).add("d", "e", 3)
print(g.nodes)
print(g.bfs("a"))
for node, (dist, path) in sorted(g.dijkstra("a").items()):
    print(f"{node}: {dist:4.1f} via {' -> '.join(path)}")
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "tests": {"app"}}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("core") < order.index("lib") < order.index("app") < order.index("tests"))
ts2 = TopologicalSorter()
for n, ds in sorted(deps.items()):
    ts2.add(n, *sorted(ds))
ts2.prepare()
batches = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    batches.append(ready)
    ts2.done(*ready)
print(batches)
try:
    list(TopologicalSorter({"x": {"y"}, "y": {"z"}, "z": {"x"}}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args[0], sorted(set(e.args[1])))
print(Edge("a", "b") == Edge("a", "b", 1.0), Edge("a", "b") in {Edge("a", "b")})
ts3 = TopologicalSorter({"a": ["b"]})
ts3.prepare()
try:
    ts3.add("c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ts3.done("zzz")
except ValueError as e:
    print(type(e).__name__, e)
