# HackerRank set exercises
a = {1, 2, 3, 4, 5, 6, 7, 8, 9}
ops = [("intersection_update", [2, 3, 5, 6, 8, 9, 1, 4, 7, 11]),
       ("update", [55, 66]),
       ("symmetric_difference_update", [22, 7, 35, 62, 58]),
       ("difference_update", [11, 22, 35, 55, 58, 62, 66])]
for op, arg in ops:
    getattr(a, op)(set(arg))
    print(op, sorted(a), sum(a))

s = set(map(int, "1 2 3 4 5 6 7 8 9".split()))
for cmd in ["pop", "remove 9", "discard 9", "discard 8", "remove 7", "pop", "discard 0"]:
    name, *args = cmd.split()
    res = getattr(s, name)(*map(int, args))
    print(cmd, "->", res, sorted(s))

english = {1, 2, 3, 4, 5, 6, 7, 8, 9}
french = {10, 1, 2, 3, 11, 21, 55, 6, 8}
print(len(english | french), len(english & french), len(english - french), len(english ^ french))
print(sorted(english.union(french)), english.isdisjoint({100}), {1, 2} <= english, {1, 2} < {1, 2})
print({1, 2, 3} > {1}, english.issuperset([1, 2]), frozenset([3, 1, 2]) == {1, 2, 3})
print(set(), frozenset(), {frozenset({1})}, set("aaa"), {(1, 2)}, set([3]))

# Captain's room
rooms = [1, 2, 3, 6, 5, 4, 4, 2, 5, 3, 6, 1, 6, 5, 3, 2, 4, 1, 2, 5, 1, 4, 3, 6, 8, 4, 3, 1, 5, 6, 2]
k = 5
uniq = set(rooms)
print((sum(uniq) * k - sum(rooms)) // (k - 1))

# No idea!
arr = [1, 5, 3]
liked, disliked = {3, 1}, {5, 7}
print(sum((x in liked) - (x in disliked) for x in arr))

# check strict superset
A = set(range(1, 25))
others = [{1, 2, 3, 4, 5}, {100, 11, 12}]
print(all(A > o for o in others))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e, repr(e))
fs = frozenset({3, 1})
print(fs | {2}, type(fs | {2}).__name__, {2} | fs, type({2} | fs).__name__)
print(sorted(fs), len({0, 0.0, False}), {1: "a", True: "b", 1.0: "c"})
