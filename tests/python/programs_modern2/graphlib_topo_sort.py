# graphlib.TopologicalSorter: static order, incremental processing, cycles.
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter(graph)
order = list(ts.static_order())
print(order[0], sorted(order[1:3]), order[3])

ts = TopologicalSorter()
ts.add("compile", "fetch")
ts.add("test", "compile")
ts.add("package", "compile", "docs")
ts.add("docs", "fetch")
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
print(bool(ts))

cyclic = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyclic.prepare()
except CycleError as e:
    msg, cycle = e.args
    print(msg, len(cycle), cycle[0] == cycle[-1])

t = TopologicalSorter({1: [2]})
t.prepare()
try:
    t.add(3, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    t.prepare()
except ValueError as e:
    print("ValueError:", e)
t2 = TopologicalSorter({1: [2]})
try:
    t2.get_ready()
except ValueError as e:
    print("ValueError:", e)
t2.prepare()
try:
    t2.done(1)
except ValueError as e:
    print("ValueError:", e)
print(list(TopologicalSorter().static_order()))
