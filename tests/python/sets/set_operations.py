a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
print({1, 2} == {2, 1}, set() == frozenset(), len(a))
