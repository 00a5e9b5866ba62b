d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["four"] = 4
print(len(k), list(v), ("four", 4) in i, "one" in k, 3 in v)
print(k & {"one", "zzz"}, sorted(k | {"five"}), sorted(k - {"one"}), sorted(k ^ {"one", "six"}))
print(sorted(i & {("two", 2)}), k == {"one", "two", "three", "four"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), type(k).__name__, type(v).__name__, type(i).__name__)
print(v == v, list(iter(i))[0])
print(d.keys().mapping["one"] if hasattr(d.keys(), "mapping") else "")
