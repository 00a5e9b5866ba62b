from collections import Counter, ChainMap, deque, defaultdict, OrderedDict
from typing import DefaultDict, Deque, Counter as TCounter
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""

words: list[str] = re.findall(r"[a-z]+", TEXT.lower())
counts: TCounter[str] = Counter(words)
print(counts.most_common(5))
print(counts["was"], counts["missing"], len(counts), counts.total())
c2 = Counter(a=3, b=1, c=-2)
c3 = Counter(a=1, b=2, d=4)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, +c2, -c2)
c2.update(a=1, z=5)
c2.subtract({"a": 10})
print(c2, sorted(c2.elements()))
print(repr(Counter()), Counter("hello").most_common(), Counter({"x": 0}) == Counter(), Counter(a=1) < Counter(a=2))

defaults = {"theme": "light", "lang": "en", "size": 12}
env = {"lang": "fr"}
cli = {"size": 14}
cfg = ChainMap(cli, env, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"], len(cfg), sorted(cfg))
child = cfg.new_child({"theme": "dark"})
print(child["theme"], child.parents["theme"], child.maps[0])
child["new"] = 1
del child["theme"]
print(child.maps[0], dict(child) == {**defaults, **env, **cli, "new": 1})
try:
    del child["lang"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(ChainMap({"a": 1}, {"b": 2})))

index: DefaultDict[str, list[int]] = defaultdict(list)
for i, w in enumerate(words):
    index[w[0]].append(i)
print(sorted((k, len(v)) for k, v in index.items()))
print(repr(defaultdict(int, {"a": 1})), defaultdict(list).default_factory)
dd = defaultdict(lambda: "N/A")
print(dd["x"], dict(dd))

recent: Deque[str] = deque(maxlen=3)
for w in words[:7]:
    recent.append(w)
print(recent, recent.maxlen)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft([9, 8])
print(d, d.index(2), d.count(9), list(reversed(d)))
d[0] = 100
print(d[0], d[-1], 3 in d)
try:
    deque([]).pop()
except IndexError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(od))
