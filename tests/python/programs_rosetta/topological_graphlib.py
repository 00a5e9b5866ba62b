from graphlib import TopologicalSorter, CycleError
deps = {
    "des_system_lib": "std synopsys std_cell_lib des_system_lib dw02 dw01 ramlib ieee",
    "dw01": "ieee dw01 dware gtech", "dw02": "ieee dw02 dware", "dw03": "std synopsys dware dw03 dw02 dw01 ieee gtech",
    "dw04": "dw04 ieee dw01 dware gtech", "dw05": "dw05 ieee dware", "dw06": "dw06 ieee dware",
    "dw07": "ieee dware", "dware": "ieee dware", "gtech": "ieee gtech", "ramlib": "std ieee",
    "std_cell_lib": "ieee std_cell_lib", "synopsys": "",
}
graph = {k: {d for d in v.split() if d != k} for k, v in deps.items()}
ts = TopologicalSorter(graph)
ts.prepare()
levels = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    levels.append(ready)
    ts.done(*ready)
for i, lv in enumerate(levels):
    print(i, " ".join(lv))
def kahn(g):
    indeg = {n: 0 for n in set(g) | {d for ds in g.values() for d in ds}}
    rev = {n: [] for n in indeg}
    for n, ds in g.items():
        for d in ds:
            indeg[n] += 1
            rev[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
        ready.sort()
    return out
print(kahn(graph))
graph["dw01"].add("dw04")
try:
    list(TopologicalSorter(graph).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(set(e.args[1])))
