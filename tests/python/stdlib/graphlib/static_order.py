# TopologicalSorter.static_order and the order in which nodes come out.
from graphlib import TopologicalSorter

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4)
print(list(ts.static_order()))
print(list(TopologicalSorter({1: [], 2: [1], 3: [1], 4: [2, 3], 5: [4, 1]}).static_order()))
print(list(TopologicalSorter({"x": ["y", "y"]}).static_order()))
print(list(TopologicalSorter().static_order()), TopologicalSorter[int])
