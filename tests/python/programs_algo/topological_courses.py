from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError
courses = {
    "calc2": ["calc1"], "calc1": ["algebra"], "linalg": ["algebra"], "ml": ["linalg", "stats", "prog"],
    "stats": ["calc1"], "prog": [], "algebra": [], "dl": ["ml", "calc2"],
}
def kahn(graph):
    indeg = {c: 0 for c in graph}
    users = defaultdict(list)
    for c, pre in graph.items():
        for p in pre:
            indeg[c] += 1
            users[p].append(c)
    ready = deque(sorted(c for c, d in indeg.items() if d == 0))
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for u in sorted(users[c]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(graph):
        raise ValueError("cycle among: " + ", ".join(sorted(c for c in graph if indeg[c] > 0)))
    return order
print(kahn(courses))
def dfs_order(graph):
    state, out = {}, []
    def visit(c, path):
        if state.get(c) == "done":
            return
        if state.get(c) == "active":
            raise ValueError(" -> ".join(path + [c]))
        state[c] = "active"
        for p in sorted(graph[c]):
            visit(p, path + [c])
        state[c] = "done"
        out.append(c)
    for c in sorted(graph):
        visit(c, [])
    return out
print(dfs_order(courses))
ts = TopologicalSorter(courses)
print(list(ts.static_order()))
ts2 = TopologicalSorter()
for c, pre in courses.items():
    ts2.add(c, *pre)
ts2.prepare()
semester = 1
while ts2.is_active():
    batch = sorted(ts2.get_ready())
    print(f"semester {semester}: {batch}")
    ts2.done(*batch)
    semester += 1
cyclic = dict(courses, algebra=["dl"])
try:
    kahn(cyclic)
except ValueError as ex:
    print("kahn:", ex)
try:
    dfs_order(cyclic)
except ValueError as ex:
    print("dfs:", ex)
try:
    TopologicalSorter(cyclic).prepare()
except CycleError as ex:
    print("graphlib:", ex.args[0], len(ex.args[1]) > 2)
def longest_path(graph):
    order = kahn(graph)
    depth = {}
    for c in order:
        depth[c] = 1 + max((depth[p] for p in graph[c]), default=0)
    end = max(order, key=lambda c: (depth[c], c))
    return depth[end], end
print(longest_path(courses))
def all_prereqs(graph, c, memo={}):
    if c not in memo:
        memo[c] = set(graph[c]).union(*(all_prereqs(graph, p) for p in graph[c]))
    return memo[c]
print(sorted(all_prereqs(courses, "dl")), sorted(all_prereqs(courses, "prog")))
ts3 = TopologicalSorter({"a": set()})
try:
    ts3.done("a")
except ValueError as ex:
    print(type(ex).__name__, ex)
