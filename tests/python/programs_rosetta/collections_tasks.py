from collections import Counter, OrderedDict, ChainMap, namedtuple, defaultdict, deque
c1 = Counter("abracadabra")
c2 = Counter(a=1, b=5, z=2)
print(c1, c1 + c2, c1 - c2, c1 & c2, c1 | c2, -c2, +Counter(a=-1, b=2))
print(c1.most_common(2), list(c1.elements())[:6], c1.total(), c1["missing"], sorted(c1))
c1.subtract("aaaaaaaa"); print(c1)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
defaults = {"color": "red", "user": "guest"}
cm = ChainMap({}, {"user": "admin"}, defaults)
cm["color"] = "blue"
print(cm, cm["user"], cm.maps[0], list(cm), cm.new_child({"x": 1}).parents)
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, p + (3,), Point._make([7, 8]))
dd = defaultdict(lambda: defaultdict(int))
for word in "one two three two three three".split():
    dd[len(word)][word] += 1
print({k: dict(v) for k, v in dd.items()}, dd.default_factory is not None)
print(repr(defaultdict(list, {1: [2]})), deque("abc", maxlen=2), Counter({"x": 0}) == Counter())
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
