people = [{"name": "Zoe", "age": 30}, {"name": "adam", "age": 25}, {"name": "Bob", "age": 30}]
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))])
pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs, key=lambda t: t[1]), sorted(pairs, key=lambda t: (t[1], -t[0])))
print(max(people, key=lambda p: p["age"])["name"], min(people, key=lambda p: len(p["name"]))["name"])
