# w3resource-style dictionary exercises that print the containers themselves
from collections import Counter
from operator import itemgetter
import json

d = {1: 2, 3: 4, 4: 3, 2: 1, 0: 0}
print(dict(sorted(d.items(), key=lambda kv: kv[1])), dict(sorted(d.items(), key=itemgetter(1), reverse=True)))
dic1, dic2, dic3 = {1: 10, 2: 20}, {3: 30, 4: 40}, {5: 50, 6: 60}
print({**dic1, **dic2, **dic3}, dic1 | dic2, dict(dic1, **{"x": 1}))
print({x: x * x for x in range(1, 6)}, dict(zip("abc", range(3))), dict.fromkeys(["a", "b"], []))
sample = {"Math": 81, "Physics": 83, "Chemistry": 87}
print(max(sample, key=sample.get), min(sample.items(), key=itemgetter(1)), sum(sample.values()))
print(sorted(sample, key=len), list(reversed(sample)), list(sample.items())[-1])
d2 = {"a": 1, "b": 2}
d2.update(c=3)
print(d2, d2.pop("a"), d2.popitem(), d2, d2.setdefault("z", 26), d2, d2.get("q"), "b" in d2)
students = [{"name": "A", "score": 90}, {"name": "B", "score": 85}, {"name": "C", "score": 90}]
print(sorted(students, key=lambda s: (-s["score"], s["name"])))
print(Counter(s["score"] for s in students), Counter({"a": 3}) + Counter({"a": 1, "b": 2}))
nested = {"x": {"y": {"z": 1}}, "list": [1, {"k": "v"}], "t": (1, 2)}
print(nested, json.dumps(nested), json.dumps(nested, indent=1, sort_keys=True))
inv = {v: k for k, v in sample.items()}
print(inv, {k: v for k, v in sample.items() if v > 82}, list(map(list, sample.items())))
keys = ["red", "green", "blue"]
print(dict(zip(keys, ["#FF0000", "#008000", "#0000FF"])), dict(enumerate(keys)), dict([("a", 1), ["b", 2]]))
d3 = dict.fromkeys(range(3))
print(d3, d3.keys(), d3.values(), d3.items(), type(d3.keys()).__name__)
print({1: "a"}.keys() | {2}, {1: "a"}.keys() & {1, 3}, {1: 2}.items() - {(1, 2)}, len({}.fromkeys("hello")))
print({True: 1, 1: 2, 1.0: 3}, {(1, 2): "tuple", frozenset({1}): "fs", None: "none", 2.5: "f"})
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq.items(), key=lambda kv: kv[1]))
grouped = {}
for w in words:
    grouped.setdefault(len(w), []).append(w)
print(dict(sorted(grouped.items())))
