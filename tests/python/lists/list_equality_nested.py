a = [1, [2, 3], {"k": [4]}]
b = [1, [2, 3], {"k": [4]}]
print(a == b, a is b, a[1] == b[1])
b[2]["k"].append(5)
print(a == b)
r = []
r.append(r)
print(r, len(r), r[0] is r)
d = {}
d["self"] = d
print(d)
