from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od))
print(od.popitem())
print(od.popitem(last=False))
print(od)
try:
    od.move_to_end("zz")
except KeyError as ex:
    print(type(ex).__name__, ex)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print(repr(OrderedDict()))
print(OrderedDict(a=1, b=2))
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            print("evict", self.data.popitem(last=False))
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2))
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4))
print(lru.data)
o = OrderedDict(a=1)
o.setdefault("b", 2)
print(o, o.pop("a"), o)
print(list(reversed(OrderedDict(p=1, q=2, r=3))))
print(list(reversed(OrderedDict(p=1, q=2).items())))
print(OrderedDict(a=1) | {"b": 2})
u = OrderedDict(a=1, b=2)
u.update(b=5, c=3)
print(u, u.keys(), u.values(), u.items())
