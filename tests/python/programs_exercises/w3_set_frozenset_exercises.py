# w3resource-style set exercises (small-int sets print in CPython's hash order, which is their value order)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7, 8}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {9}), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
c = a.copy()
c.add(0)
c.discard(42)
c.remove(3)
print(c, a, c.pop(), c, len(c), 0 in c, c.isdisjoint({100}), c.issubset(range(10)), {2} < c)
fs = frozenset([5, 1, 3])
print(fs, fs | {2}, fs & {1, 3, 9}, fs - {1}, {fs}, frozenset(fs) is fs, hash(fs) == hash(frozenset({1, 3, 5})))
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(x)
print(s, sorted(s, reverse=True), max(s), min(s), sum(s), len(s))
print({x % 5 for x in range(20)}, {x for x in "mississippi"} == set("misp"), sorted({"b", "a", "c"}), sorted(set("aAbB") - set("ab")))
print(set([1, 2]) == {2, 1}, {1, 2} != {1, 2, 3}, {1, 2} <= {1, 2}, {(1, 2), (2, 1)}, set(range(3)), set({1: "a", 2: "b"}))
u = set()
u.update([1, 2], (3,), {4: None}, "5")
print(sorted(u, key=str), {1, 2} | frozenset({3}), frozenset({3}) | {1, 2}, type(frozenset() | set()).__name__)
x = {10, 20, 30}
x -= {10}
x |= {40}
x &= {20, 40, 50}
x ^= {50}
print(x, {1, 2, 3}.intersection_update({2}), {-1, -2, 0}, {0, 64, 32, 8}, {100, 7, 8})
