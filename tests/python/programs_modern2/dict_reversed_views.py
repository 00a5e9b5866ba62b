# reversed() on dicts and their views (3.8); view.mapping (3.10).
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, next(r))
d["d"] = 4
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
keys = d.keys()
print(keys.mapping, type(keys.mapping).__name__, keys.mapping["a"])
try:
    keys.mapping["z"] = 1
except TypeError as e:
    print("TypeError:", e)
print(d.items().mapping is not d, d.values().mapping == d)
from collections import OrderedDict
print(list(reversed(OrderedDict(x=1, y=2).items())))
print(list(reversed({})))
