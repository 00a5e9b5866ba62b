points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x * y, end=" ")
print()
data = {"a": (1, [2, 3]), "b": (4, [5, 6])}
for key, (num, (p, q)) in data.items():
    print(key, num, p, q)
for i, (name, score) in enumerate([("x", 9), ("y", 7)], 1):
    print(f"{i}. {name}={score}")
pairs = [("k1", "v1"), ("k2", "v2")]
keys = [k for k, _ in pairs]
print(keys)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for a, b in zip(range(3), range(10, 13)):
    print(a + b, end=",")
print()
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        pass
except ValueError as e:
    print("ValueError:", e)
