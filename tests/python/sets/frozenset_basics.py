f = frozenset([1, 2, 3])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen key"}
print(d[frozenset([3, 2, 1])])
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]), frozenset([1])})
print(frozenset("aab") == frozenset("ba"), repr(frozenset()), sorted(frozenset({3, 1})))
