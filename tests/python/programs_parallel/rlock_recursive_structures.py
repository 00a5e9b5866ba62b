import threading

class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.children = {}
        self.count = 0

    def insert(self, path):
        with self.lock:
            self.count += 1
            if not path:
                return
            head, *rest = path
            child = self.children.setdefault(head, Tree())
            child.insert(rest)

    def total(self):
        with self.lock:
            return self.count + sum(c.total() for c in self.children.values())

    def dump(self, indent=0):
        with self.lock:
            for k in sorted(self.children):
                c = self.children[k]
                print("  " * indent + f"{k} ({c.count})")
                c.dump(indent + 1)

tree = Tree()
paths = ["a/b/c", "a/b/d", "a/e", "f", "a/b/c", "f/g/h/i"]
def add(items):
    for p in items:
        tree.insert(p.split("/"))
ts = [threading.Thread(target=add, args=(paths,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
tree.dump()
print(tree.count, tree.total())

r = threading.RLock()
depth = []
def recurse(n):
    with r:
        depth.append(n)
        if n:
            recurse(n - 1)
recurse(5)
print(depth)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
other = []
def try_other():
    other.append(r.acquire(blocking=False))
r.acquire()
t = threading.Thread(target=try_other)
t.start(); t.join()
r.release()
t = threading.Thread(target=try_other)
t.start(); t.join()
print(other)
r2 = threading.RLock()
r2.acquire()
def release_foreign():
    try:
        r2.release()
    except RuntimeError as e:
        other.append(str(e))
t = threading.Thread(target=release_foreign)
t.start(); t.join()
print(other[-1])
r2.release()
print(repr(r2).split(" at ")[0])
