d = {}
d["banana"] = 3
d["apple"] = 1
d["cherry"] = 2
print(d, list(d))
d["apple"] = 10
print(list(d))
del d["banana"]
d["banana"] = 3
print(list(d))
print(dict(sorted(d.items())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(sorted(d, reverse=True), sorted(d.values()))
print(next(iter(d)), list(d)[-1])
print(list(reversed(d)), list(reversed(d.items())))
k, v = d.popitem()
print(k, v, d)
