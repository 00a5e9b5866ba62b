from collections import defaultdict, OrderedDict

dl = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dl[word[0]].append(word)
print(dl)
print(dict(dl))
di = defaultdict(int)
for ch in "hello world":
    di[ch] += 1
print(di)
ds = defaultdict(set)
ds["a"].add(1)
ds["a"].add(1)
ds["b"]
print(ds)
dn = defaultdict()
print(dn)
try:
    dn["x"]
except KeyError as ex:
    print(type(ex).__name__, ex)
dlam = defaultdict(lambda: "N/A")
dlam["k"]
print(dict(dlam))
print(repr(dlam).startswith("defaultdict(<function <lambda> at"))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "c" in t["a"]["b"])
print(dl.default_factory, di.default_factory, dn.default_factory)
di.default_factory = None
try:
    di["zzz"]
except KeyError as ex:
    print("KeyError", ex)
print(di.get("q"), "q" in di)
copy = dl.copy()
print(type(copy).__name__, copy == dl)
dd = defaultdict(list, {"x": [1]}, y=[2])
print(dd)
try:
    defaultdict(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
merged = defaultdict(int, a=1) | {"b": 2}
print(merged, type(merged).__name__)
class Missing(dict):
    def __missing__(self, key):
        return key.upper()
m = Missing(a="x")
print(m["a"], m["zz"], m)
nested = defaultdict(lambda: defaultdict(int))
for a, b in [("x", 1), ("x", 2), ("y", 1), ("x", 1)]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
print(defaultdict(float)["z"], defaultdict(str)["z"] == "", defaultdict(tuple)["z"])
