from collections import defaultdict, Counter, OrderedDict
from itertools import groupby
from operator import itemgetter
rows = [
    {"name": "ann", "dept": "eng", "salary": 120, "city": "NYC"},
    {"name": "bob", "dept": "ops", "salary": 90, "city": "SF"},
    {"name": "cy", "dept": "eng", "salary": 135, "city": "SF"},
    {"name": "di", "dept": "hr", "salary": 70, "city": "NYC"},
    {"name": "ed", "dept": "ops", "salary": 95, "city": "NYC"},
]
by_dept = defaultdict(list)
for r in rows:
    by_dept[r["dept"]].append(r["name"])
print(dict(by_dept))
grouped = {}
for r in rows:
    grouped.setdefault(r["city"], []).append(r["name"])
print(grouped)
for dept, members in groupby(sorted(rows, key=itemgetter("dept")), key=itemgetter("dept")):
    members = list(members)
    total = sum(m["salary"] for m in members)
    print(f"{dept:<4} n={len(members)} total={total:>4} avg={total / len(members):7.2f}")
print(Counter(r["city"] for r in rows), Counter(r["dept"] for r in rows).most_common(1))
pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    pivot[r["dept"]][r["city"]] += r["salary"]
cities = sorted({r["city"] for r in rows})
print("dept " + " ".join(f"{c:>5}" for c in cities))
for dept in sorted(pivot):
    print(f"{dept:<5}" + " ".join(f"{pivot[dept][c]:>5}" for c in cities))
top = max(rows, key=itemgetter("salary"))
print(top["name"], sorted(rows, key=itemgetter("salary"))[0]["name"])
index = {r["name"]: r for r in rows}
print(index["cy"]["city"], list(index)[:3])
inverted = defaultdict(set)
docs = {1: "the cat sat", 2: "the dog sat", 3: "a cat and a dog"}
for doc_id, text in docs.items():
    for w in text.split():
        inverted[w].add(doc_id)
print({w: sorted(ids) for w, ids in sorted(inverted.items())})
print(sorted(inverted["cat"] & inverted["sat"]), sorted(inverted["dog"] | inverted["a"]))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {k: v for k, v in merged.items() if v > 1}, dict(sorted(merged.items(), key=lambda kv: -kv[1])))
swapped = {v: k for k, v in merged.items()}
print(swapped, dict(zip(merged.values(), merged)))
nested = {"a": {"x": 1}, "b": {"y": {"z": 2}}}
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(nested))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.values()))
od = OrderedDict(sorted(counts.items()))
od.move_to_end("a")
print(od, list(od.items())[0])
print(dict.fromkeys(["x", "y"], 0), {k: [] for k in "ab"}, list(zip(*counts.items())))
