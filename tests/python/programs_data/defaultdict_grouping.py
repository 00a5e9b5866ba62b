from collections import defaultdict, OrderedDict

students = [("alice", "math", 91), ("bob", "math", 78), ("alice", "art", 85),
            ("carol", "math", 88), ("bob", "art", 92), ("carol", "art", 67)]
by_student = defaultdict(list)
for name, subject, score in students:
    by_student[name].append((subject, score))
print(by_student)
print(dict(by_student))
nested = defaultdict(lambda: defaultdict(int))
for name, subject, score in students:
    nested[subject][name] += score
for subject in sorted(nested):
    print(subject, dict(nested[subject]))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.default_factory)
dd = defaultdict(None)
try:
    dd["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(set)))
s = defaultdict(set)
s["a"].add(1)
print(s, "b" in s, s.get("b"), "b" in s)
print(s.copy())
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False))
print(od)
od2 = OrderedDict([("c", None), ("d", None), ("a", None)])
print(od == od2, dict(od) == dict(od2))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
try:
    od.move_to_end("zzz")
except KeyError as e:
    print(type(e).__name__, e)
print(repr(OrderedDict()))
merged = defaultdict(int, {"x": 1}) | {"y": 2}
print(type(merged).__name__, merged)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3)
print(cache.get(2), cache.get(3), list(cache.items()))
print(cache)
