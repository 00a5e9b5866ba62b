a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 10]))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
fs = frozenset([3, 1, 2])
print(fs, repr(frozenset()), set(), frozenset("a"))
print(fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, type(fs & set()).__name__)
print({frozenset({1, 2}): "x"}, {fs})
try:
    {[1]}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {{1}}
except TypeError as ex:
    print(type(ex).__name__, ex)
s = set()
s.add(5); s.update([1, 2], (3,)); print(s)
s.discard(100); s.remove(1); print(s)
try:
    s.remove(42)
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    set().pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    s.remove([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(s.pop() in {2, 3, 5}, len(s))
t = {1, 2, 3}
t &= {2, 3, 4}; print(t)
t |= {10}; print(t)
t -= {2}; print(t)
t ^= {3, 11}; print(t)
t.intersection_update([10, 11, 12]); print(t)
t.difference_update([10]); print(t)
t.symmetric_difference_update({11, 99}); print(t)
try:
    {1} | [2]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    frozenset([1]).add(2)
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(set("mississippi") == set("imps"), sorted(set("mississippi")))
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()))
print({x % 3 for x in range(10)}, {True, 1, 1.0}, {0, False, 0.0})
print(set(range(5)) - set(range(2, 8)))
print(len({(1, 2), (2, 1), (1, 2)}))
nested = {frozenset({1}), frozenset({1, 2})}
print(sorted(nested, key=len))
print(set([1, 2]).copy(), frozenset([1]).copy() is not None)
e = set()
e.clear()
print(e, bool(e), not frozenset())
print(max({3, 9, 1}), min(frozenset({4, 2})), sum({1, 2, 3}), sorted({5, -1, 3}, reverse=True))
print({1, 2, 3} > {1, 2}, {1, 2} > {1, 2}, frozenset({1}) < {1, 2})
print(set.union(*[{1}, {2}, {3}]), set().union())
try:
    {1}.union(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(repr({-1, -2, -3}), {10, 20, 30})
class Weird:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k % 2)
    def __eq__(self, o): return self.k % 2 == o.k % 2
    def __repr__(self): return f"W{self.k}"
print({Weird(1), Weird(3), Weird(2)})
print(set(range(3)) < set(range(3)), frozenset("abc") == set("cba"))
