import weakref

class Image:
    _cache = weakref.WeakValueDictionary()
    created = 0

    def __new__(cls, path):
        obj = cls._cache.get(path)
        if obj is not None:
            print(f"cache hit {path}")
            return obj
        obj = super().__new__(cls)
        cls._cache[path] = obj
        cls.created += 1
        return obj

    def __init__(self, path):
        if hasattr(self, "path"):
            return
        self.path = path
        self.size = len(path) * 100

    def __repr__(self):
        return f"Image({self.path!r})"

a = Image("cat.png")
b = Image("dog.png")
c = Image("cat.png")
print(a is c, a is b, Image.created, sorted(Image._cache.keys()), len(Image._cache))
print(Image._cache["dog.png"], "cat.png" in Image._cache, Image._cache.get("none.png"))
refs = [weakref.ref(x) for x in (a, b)]
print([r() for r in refs], all(r() is not None for r in refs))

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def path(self):
        parts = []
        n = self
        while n:
            parts.append(n.name)
            n = n.parent
        return "/".join(reversed(parts))
root = Node("root")
usr = Node("usr", root)
local = Node("local", usr)
print(local.path(), usr.parent.name, root.parent, [c.name for c in root.children])

class Listener:
    def __init__(self, name):
        self.name = name
    def on_event(self, ev):
        return f"{self.name} handled {ev}"
class Emitter:
    def __init__(self):
        self._methods = []
    def connect(self, bound):
        self._methods.append(weakref.WeakMethod(bound))
    def emit(self, ev):
        out = []
        for wm in self._methods:
            m = wm()
            if m is not None:
                out.append(m(ev))
        return out
l1, l2 = Listener("L1"), Listener("L2")
em = Emitter()
em.connect(l1.on_event)
em.connect(l2.on_event)
print(em.emit("click"))
ks = weakref.WeakKeyDictionary({l1: 1, l2: 2})
print(sorted(ks.values()), l1 in ks, len(ks))
fin = weakref.finalize(l1, print, "l1 finalized")
print(fin.alive, fin.peek()[0] is l1)
fin()
print(fin.alive)
try:
    weakref.WeakValueDictionary()["k"] = 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakKeyDictionary()[(1, 2)] = 1
except TypeError as e:
    print(type(e).__name__, e)
