# List comprehensions
x, y, z, n = 1, 1, 2, 3
print([[i, j, k] for i in range(x + 1) for j in range(y + 1) for k in range(z + 1) if i + j + k != n])

# find the runner-up score
scores = [2, 3, 6, 6, 5]
print(sorted(set(scores))[-2])

# nested lists: second lowest grade
records = [["Harry", 37.21], ["Berry", 37.21], ["Tina", 37.2], ["Akriti", 41], ["Harsh", 39]]
second = sorted({g for _, g in records})[1]
print("\n".join(sorted(n for n, g in records if g == second)))

# finding the percentage
marks = {"Krishna": [67, 68, 69], "Arjun": [70, 98, 63], "Malika": [52, 56, 60]}
print("%.2f" % (sum(marks["Malika"]) / 3), f"{sum(marks['Krishna']) / 3:.2f}")

# lists: command interpreter
cmds = ["insert 0 5", "insert 1 10", "insert 0 6", "print", "remove 6", "append 9", "append 1",
        "sort", "print", "pop", "reverse", "print"]
arr = []
for c in cmds:
    op, *args = c.split()
    if op == "print":
        print(arr)
    else:
        getattr(arr, op)(*map(int, args))

# tuples hash
t = tuple(map(int, "1 2".split()))
print(t, hash(t) == hash((1, 2)), type(hash(t)).__name__)

# zipped
subjects = [[89, 90, 78, 93, 80], [90, 91, 85, 88, 86], [91, 92, 83, 89, 90.5]]
for student in zip(*subjects):
    print(f"{sum(student) / len(student):.1f}")

# athlete sort
table = [[10, 2, 5], [7, 1, 0], [9, 9, 9], [1, 23, 12], [6, 5, 9]]
for row in sorted(table, key=lambda r: r[1]):
    print(*row)

# ginortS
s = "Sorting1234"
print("".join(sorted(s, key=lambda c: (c.isdigit() and int(c) % 2 == 0, c.isdigit(), c.isupper(), c.islower(), c))))

# word score
def score_words(words):
    return sum(2 if sum(c in "aeiouy" for c in w) % 2 == 0 else 1 for w in words)


print(score_words("hacker book".split()), score_words("programming is awesome".split()))
print([i * j for i in range(1, 4) for j in range(i, 4)], {i: i * i for i in range(5) if i % 2}, {c for c in "hello"} == set("helo"))
print([[0] * 2] * 2, [(a, b) for a in "xy" for b in (1, 2)], list(map(lambda p: p[::-1], [(1, 2), (3, 4)])))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {4, 5} and frozenset({4}), "e": None}}
print(nested, str(nested) == repr(nested))
