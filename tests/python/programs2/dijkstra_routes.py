ROADS = """A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1"""

graph = {}
for line in ROADS.splitlines():
    a, b, w = line.split()
    graph.setdefault(a, {})[b] = int(w)
    graph.setdefault(b, {})[a] = int(w)

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    visited = set()
    frontier = [(0, source)]
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(f"A -> {node}: {dist[node]:3d} via {' > '.join(path(prev, node))}")
    else:
        print(f"A -> {node}: unreachable")
total_edges = sum(len(v) for v in graph.values()) // 2
print("edges:", total_edges, "nodes:", len(graph))
far = max(dist, key=dist.get)
print("farthest:", far, dist[far])
