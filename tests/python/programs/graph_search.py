graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [],
}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs_all(node, goal, path=()):
    path = path + (node,)
    if node == goal:
        yield path
    for nxt in graph[node]:
        yield from dfs_all(nxt, goal, path)
def topo(g):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle at " + n)
        state[n] = "active"
        for m in g[n]:
            visit(m)
        state[n] = "done"
        order.append(n)
    for n in sorted(g):
        visit(n)
    return order[::-1]
print(bfs("A", "H"))
print(bfs("D", "A"))
for p in dfs_all("A", "H"):
    print("->".join(p))
print(topo(graph))
weights = {("A", "B"): 4, ("A", "C"): 1, ("C", "F"): 2, ("B", "D"): 5, ("B", "E"): 1, ("E", "F"): 1, ("E", "G"): 3, ("F", "H"): 6, ("G", "H"): 1}
def dijkstra(src):
    dist = {src: 0}
    todo = {src}
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v in graph[u]:
            nd = dist[u] + weights[(u, v)]
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                todo.add(v)
    return dict(sorted(dist.items()))
print(dijkstra("A"))
