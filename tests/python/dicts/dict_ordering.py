d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d, list(d))
d["apple"] = 0
print(list(d))
del d["banana"]
d["banana"] = 1
print(list(d))
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
print(list({3: 0, 1: 0, 2: 0}), list(dict.fromkeys("hello")))
