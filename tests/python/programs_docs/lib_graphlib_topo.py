# graphlib: TopologicalSorter static_order, the prepare/get_ready/done protocol, and CycleError.
from graphlib import TopologicalSorter, CycleError
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter(graph)
order = list(ts.static_order())
print(order[0], sorted(order[1:3]), order[3])
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
print([*ts.static_order()])
ts = TopologicalSorter({'task': {'dep1', 'dep2'}, 'dep2': {'dep0'}})
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
try:
    list(TopologicalSorter({1: {2}, 2: {3}, 3: {1}}).static_order())
except CycleError as e:
    print('CycleError:', e.args[0], sorted(set(e.args[1])), len(e.args[1]))
ts = TopologicalSorter({'a': ()})
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print('ValueError:', e)
try:
    ts.done('zzz')
except ValueError as e:
    print('ValueError:', e)
ts2 = TopologicalSorter()
try:
    ts2.get_ready()
except ValueError as e:
    print('ValueError:', e)
ts2.prepare()
try:
    ts2.add('x')
except ValueError as e:
    print('ValueError:', e)
