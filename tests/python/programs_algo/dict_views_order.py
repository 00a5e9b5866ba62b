d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["four"] = 4
del d["one"]
print(k, v, it, len(k))
print(list(reversed(d)), list(reversed(d.items())), list(reversed(v)))
print(k & {"two", "five"}, sorted(k - {"two"}), sorted(k | {"x"}), sorted(k ^ {"two", "zz"}))
print(it & {("two", 2)}, ("two", 2) in it, ("two", 3) in it)
print(k == {"two", "three", "four"}, v == v, list(v) == [2, 3, 4])
print(k.isdisjoint(["a"]), k <= {"two", "three", "four", "five"})
print(k.mapping)
d2 = dict.fromkeys("abc", 0)
print(d2, dict.fromkeys([1, 2]))
d2.update([("d", 1)], e=2)
print(d2)
print(d2.pop("a"), d2.pop("zz", "dflt"))
try:
    d2.pop("zz")
except KeyError as ex:
    print(type(ex).__name__, ex)
print(d2.popitem(), d2)
try:
    {}.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
print(d2.setdefault("b", 9), d2.setdefault("n", []), d2)
print(d2.get("q"), d2.get("q", 0))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= [("z", 26)]
print(m)
try:
    {"a": 1} | [("b", 2)]
except TypeError as ex:
    print(type(ex).__name__, ex)
print({1: "a", True: "b", 1.0: "c"})
print(dict(zip("abc", range(3))), dict(a=1, **{"b": 2}))
try:
    dict([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
try:
    {}["missing"]
except KeyError as ex:
    print(type(ex).__name__, ex, repr(ex))
try:
    {}[("a", 1)]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    {}[[1]]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(dict(sorted({"b": 1, "a": 2}.items())))
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {"a": 1} < {"b": 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(str({}.keys()), repr({}.items()))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"], str(nested))
r = {}
r["self"] = r
print(r)
print(list(d.items())[0], next(iter(d.values())))
