# WeakSet and proxy
import weakref

class Item:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
    def __len__(self):
        return self.v

items = [Item(i) for i in range(3)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, Item(9) in s, sorted(i.v for i in s))
s.discard(items[0])
print(len(s), items[0] in s)
s.add(items[0])
print(len(s))
p = weakref.proxy(items[1])
print(p.v, p.double(), len(p))
p.v = 10
print(items[1].v, type(p).__name__)
cp = weakref.proxy(len)
print(cp([1, 2, 3]), type(cp).__name__)
print(type(p) in weakref.ProxyTypes)
