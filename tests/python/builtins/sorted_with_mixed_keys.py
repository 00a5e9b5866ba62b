data = ["10", "9", "100", "1"]
print(sorted(data), sorted(data, key=int), sorted(data, key=len), sorted(data, key=lambda s: (len(s), s)))
records = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(records), sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([0.5, -1, 3, 2.25, True]), sorted("Hello World"), sorted([[2, 1], [1, 2], [1]]))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
