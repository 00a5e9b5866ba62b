data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([3, 1, 2], key=lambda x: 0))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l)
