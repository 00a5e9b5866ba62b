from collections import defaultdict, ChainMap
from itertools import groupby
from operator import itemgetter

d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "d": 40}
print({**d1, **d2}, d1 | d2, d2 | d1, dict(d1, **d2), dict(ChainMap(d2, d1)))
m = d1.copy()
m.update(d2, e=5)
m |= {"f": 6}
print(m)
inv = {v: k for k, v in d1.items()}
print(inv)
multi = {"x": 1, "y": 2, "z": 1}
inv_multi = defaultdict(list)
for k, v in multi.items():
    inv_multi[v].append(k)
print(dict(inv_multi), inv_multi, inv_multi.default_factory)
people = [
    {"name": "Ann", "dept": "eng", "age": 31},
    {"name": "Bob", "dept": "ops", "age": 45},
    {"name": "Cy", "dept": "eng", "age": 25},
    {"name": "Di", "dept": "hr", "age": 38},
    {"name": "Ed", "dept": "ops", "age": 29},
]
by_dept = defaultdict(list)
for p in people:
    by_dept[p["dept"]].append(p["name"])
print(dict(by_dept))
for dept, grp in groupby(sorted(people, key=itemgetter("dept")), key=itemgetter("dept")):
    grp = list(grp)
    print(f"{dept:4} n={len(grp)} avg_age={sum(p['age'] for p in grp) / len(grp):.1f} {[p['name'] for p in grp]}")
print(sorted(people, key=itemgetter("age"))[0]["name"], max(people, key=lambda p: p["age"])["name"])
print(sorted(d2.items(), key=lambda kv: kv[1], reverse=True), sorted(d1, key=d1.get, reverse=True))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, dict(sorted(counts.items())))
sd = {}
for w in "apple bat bar atom book".split():
    sd.setdefault(w[0], []).append(w)
print(sd)
print(d1.keys() & d2.keys(), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ {"a", "q"}), d1.items() & {("a", 1)})
print(list(d1.values()), d1.get("zz"), d1.get("zz", 0), d1.pop("zz", None), "a" in d1, 1 in d1.values())
print(dict(zip("abc", range(3))), dict([("k", "v")]), dict.fromkeys(["x", "y"], 0), {k: v for k, v in zip("ab", "xy")})
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c", "default"))
e = dict(d1)
print(e.popitem(), e, e.setdefault("q", 9), e)
del e["a"]
print(e, len(e), list(reversed(e)), repr({}), {1: {2: {}}}, {(1, 2): "t", None: 0, 1.5: "f"})
try:
    d1["missing"]
except KeyError as err:
    print(type(err).__name__, err, repr(err))
try:
    {}.popitem()
except KeyError as err:
    print(type(err).__name__, err)
try:
    {[1]: 2}
except TypeError as err:
    print(type(err).__name__, err)
try:
    for k in d1:
        d1[k + k] = 0
except RuntimeError as err:
    print(type(err).__name__, err)
dd = defaultdict(int)
for w in "a b a c b a".split():
    dd[w] += 1
print(dd, dd["nope"], sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])))
tree = lambda: defaultdict(tree)
t = tree()
t["x"]["y"]["z"] = 1
print({k: {k2: dict(v2) for k2, v2 in v.items()} for k, v in t.items()})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm, cm["a"], cm["b"], len(cm), cm.maps, cm.new_child({"a": 0})["a"], cm.parents)
print(d1 == {"c": 3, "b": 2, "a": 1, "aa": 0, "bb": 0, "cc": 0} or d1)
print(d2["nope"])
