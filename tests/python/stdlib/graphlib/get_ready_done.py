# The get_ready/done protocol, is_active, cycles and misuse errors.
from graphlib import CycleError, TopologicalSorter

ts = TopologicalSorter({"app": ["lib", "cfg"], "lib": ["core"], "cfg": ["core"], "docs": []})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

for graph in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [1], 3: [4]}]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))

ts = TopologicalSorter({2: [1]})
for f in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for f in [ts.prepare, lambda: ts.add(5), lambda: ts.done(2), lambda: ts.done(9)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done(1)
try:
    ts.done(1)
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), ts.is_active())
