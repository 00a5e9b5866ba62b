# A TypeError in a comparison inside sorted(): the key function frame shows the carets.
records = [{"name": "a", "age": 3}, {"name": "b", "age": None}, {"name": "c", "age": 1}]
print(sorted(r["name"] for r in records))
print(sorted(records, key=lambda r: r["age"]))
