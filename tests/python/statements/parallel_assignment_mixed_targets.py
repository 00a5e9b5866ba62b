# a, b = x, y where the targets are attributes, subscripts, nested tuples or globals:
# every value is evaluated first, then each target (its object, its subscript, the store) in turn.


def trace(label, value):
    print("  eval", label)
    return value


class Loud:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


class Seq(list):
    def __setitem__(self, i, value):
        print("  setitem", i, value)
        super().__setitem__(i, value)


class Node:
    def __init__(self):
        self.pending = "packet"
        self.link = None


print("attribute and local: a swap through an object")
n = Node()
packet, n.pending = n.pending, None
print(packet, n.pending)

print("order of evaluation and stores")
obj = Loud()
seq = Seq([0, 0, 0])
trace("target object", obj).a, trace("target list", seq)[trace("index", 1)] = trace("first", 10), trace("second", 20)
print(obj.a, seq)

print("list element swap")
a = [1, 2, 3, 4]
a[0], a[3] = a[3], a[0]
print(a)
i = 1
i, a[i] = 2, 99   # the index is read after i was stored
print(i, a)

print("three targets, nested tuple target")
(x, y), n.link, z = (1, 2), "L", [3]
print(x, y, n.link, z)

G = 0


def set_global():
    global G
    G, local = G + 1, "x"
    return local


print(set_global(), G)

print("errors keep CPython's messages and partial stores")
try:
    (p, q), r = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (p, q), r = (1, 2, 3), 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    n.link, missing.attr = 5, 6
except NameError as e:
    print(type(e).__name__, e, n.link)
d = {}
try:
    d["k"], d[[]] = 1, 2
except TypeError as e:
    print(type(e).__name__, e, d)


class Slots:
    __slots__ = ("a",)


s = Slots()
try:
    s.a, s.b = 1, 2
except AttributeError as e:
    print(type(e).__name__, e, s.a)
