# Tag bookkeeping with sets and frozensets: hashing rules and set-operator misuse.
tags_a = {"python", "java", "go"}
tags_b = frozenset({"go", "rust"})
print(sorted(tags_a & tags_b), sorted(tags_a | tags_b), sorted(tags_a - tags_b), sorted(tags_a ^ tags_b))

ops = [
    ("tags_a + tags_b", lambda: tags_a + tags_b),
    ("tags_a * 2", lambda: tags_a * 2),
    ("tags_a | ['c']", lambda: tags_a | ["c"]),
    ("tags_a & 'go'", lambda: tags_a & "go"),
    ("tags_a.union(['c'])", lambda: sorted(tags_a.union(["c"]))),
    ("tags_a.union(5)", lambda: tags_a.union(5)),
    ("tags_a.add(['x'])", lambda: tags_a.add(["x"])),
    ("tags_a.add({'x'})", lambda: tags_a.add({"x"})),
    ("tags_a.add(frozenset({'x'}))", lambda: tags_a.add(frozenset({"x"}))),
    ("{[1, 2]}", lambda: {[1, 2]}),
    ("{(1, [2])}", lambda: {(1, [2])}),
    ("{{1: 2}: 3}", lambda: {{1: 2}: 3}),
    ("set([[1]])", lambda: set([[1]])),
    ("tags_b.add('x')", lambda: tags_b.add("x")),
    ("tags_b.remove('go')", lambda: tags_b.remove("go")),
    ("tags_a.remove('cobol')", lambda: tags_a.remove("cobol")),
    ("tags_a.remove(['x'])", lambda: tags_a.remove(["x"])),
    ("tags_a.discard(['x'])", lambda: tags_a.discard(["x"])),
    ("['x'] in tags_a", lambda: ["x"] in tags_a),
    ("{'x'} in tags_a", lambda: {"x"} in tags_a),
    ("set().pop()", lambda: set().pop()),
    ("tags_a[0]", lambda: tags_a[0]),
    ("tags_a < ['go']", lambda: tags_a < ["go"]),
    ("tags_a.issubset(5)", lambda: tags_a.issubset(5)),
    ("tags_a.update(5)", lambda: tags_a.update(5)),
    ("tags_a.update('ab', 5)", lambda: tags_a.update("ab", 5)),
    ("hash(tags_a)", lambda: hash(tags_a)),
    ("hash(tags_b) == hash(frozenset(['rust', 'go']))", lambda: hash(tags_b) == hash(frozenset(["rust", "go"]))),
    ("set(1, 2)", lambda: set(1, 2)),
    ("frozenset(x=1)", lambda: frozenset(x=1)),
    ("tags_a.copy(1)", lambda: tags_a.copy(1)),
    ("sorted({1, 'a'})", lambda: sorted({1, "a"})),
    ("max(set())", lambda: max(set())),
]
for text, f in ops:
    try:
        r = f()
        print(f"{text:44} -> {r!r}" if not isinstance(r, (set, frozenset)) else f"{text:44} -> {sorted(r, key=str)}")
    except (TypeError, KeyError, AttributeError, ValueError) as e:
        print(f"{text:44} -> {type(e).__name__}: {e}")

s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
{1, 2}.remove(3)
