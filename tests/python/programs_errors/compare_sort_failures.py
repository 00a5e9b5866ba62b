# Sorting heterogeneous data: which comparisons fail and what the messages say.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

class Ordered(Version):
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

samples = [
    [3, 1, "2"],
    [None, 1],
    [(1, "a"), (1, 2)],
    [[1, 2], [1, "x"]],
    [Version("1.2"), Version("1.10")],
    [Ordered("1.2"), Ordered("1.10"), Ordered("0.9")],
    [Ordered("1.0"), 5],
    [1j, 2j],
    [{1, 2}, {3}],
    [{"a": 1}, {"b": 2}],
    [b"b", "a"],
    [1.5, True, 0],
]
for s in samples:
    try:
        print("sorted:", sorted(s))
    except TypeError as e:
        print("TypeError:", e)

pairs = [(1, "1", "<"), ("a", 1, ">"), (None, None, "<="), ([], (), ">="), (Version("1"), Version("2"), "<"),
         (Ordered("1"), Version("2"), "<"), (Version("2"), Ordered("1"), "<"), (Ordered("1"), "x", ">")]
for a, b, op in pairs:
    try:
        print(repr(a), op, repr(b), eval(f"a {op} b"))
    except TypeError as e:
        print(op, "TypeError:", e)

print(max([3, 7, 5]), min("hello"))
for args in [([1, "a"],), (1, None), ([],), ()]:
    try:
        print(max(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([], default="empty"))
print(sorted([Version("2.0"), Version("1.0")], key=lambda v: v.parts))
words = ["pear", "Apple", 3, "fig"]
words.sort(key=str.lower)
