students = [("ann", "B", 88), ("bob", "A", 95), ("cat", "B", 88), ("dan", "A", 72), ("eve", "C", 88)]
by_score = sorted(students, key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score])
two_pass = sorted(students, key=lambda s: s[0])
two_pass.sort(key=lambda s: s[1])
print([s[0] for s in two_pass])
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (-len(w), w)))
records = [{"n": "a", "p": None}, {"n": "b", "p": 3}, {"n": "c", "p": 1}]
print([r["n"] for r in sorted(records, key=lambda r: (r["p"] is None, r["p"] or 0))])
