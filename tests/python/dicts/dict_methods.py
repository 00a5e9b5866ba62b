d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "default"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
d.clear()
print(d, len(d))
print(dict.fromkeys(["k1", "k2"], []), dict.fromkeys("ab", 0))
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
