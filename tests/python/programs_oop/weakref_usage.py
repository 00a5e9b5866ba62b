import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
print(type(r).__name__, isinstance(r, weakref.ref), callable(r))

def gone(ref):
    print("callback: referent gone", ref() is None)
keep = Node("b")
r2 = weakref.ref(keep, gone)
print(r2.__callback__ is gone)
print("r2 alive?", r2() is not None)

cache = weakref.WeakValueDictionary()
objs = [Node(i) for i in range(3)]
for o in objs:
    cache[o.name] = o
print(sorted(cache.keys()), len(cache), cache[1], cache.get(9))
try:
    cache["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)

wk = weakref.WeakKeyDictionary()
k1 = Node("k1")
wk[k1] = "v1"
print(list(wk.values()), k1 in wk)

ws = weakref.WeakSet()
ws.add(objs[0]); ws.add(objs[1]); ws.add(objs[0])
print(len(ws), objs[1] in ws, Node("z") in ws)

class Res:
    pass
res = Res()
f = weakref.finalize(res, print, "finalized!", 1)
print(f.alive, f.atexit)
print(f(), f.alive, f())
res2 = Res()
f2 = weakref.finalize(res2, print, "never printed in this test")
det = f2.detach()
print(det[0] is res2, det[1] is print, det[2], f2.alive, f2.detach())

try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref("s")
except TypeError as e:
    print(type(e).__name__, e)
p = weakref.proxy(n)
print(p.name, type(p).__name__, repr(p)[:20] != "")
class Cnt:
    def method(self):
        return "bound result"
c = Cnt()
wm = weakref.WeakMethod(c.method)
print(wm()(), type(wm).__name__)
print(weakref.ref(n) == weakref.ref(n), hash(weakref.ref(n)) == hash(n))
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(Node)() is Node)
class L(list): pass
print(weakref.ref(L())() is None or True)
