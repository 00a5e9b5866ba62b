# A weak reference dies with its referent at the `del` that frees it; gc.collect() finalizes cycles.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return "Node(%s)" % self.name


n = Node("solo")
ref = weakref.ref(n)
print("alive:", ref())
del n
print("after del:", ref())

cache = weakref.WeakValueDictionary()
v = Node("cached")
cache["k"] = v
print("keys before:", sorted(cache.keys()))
del v
print("keys after:", sorted(cache.keys()))


class Finalized:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


p = Finalized("p")
q = Finalized("q")
p.other, q.other = q, p
del p, q
print("cycle dropped")
gc.collect()
print("after collect")
