# Instance attributes as the engine stores them: by shared layout until __dict__ is asked for,
# then in a real dict; __slots__ by index along the base chain.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


a, b = P(1, 2), P(3, 4)
print(a.total(), b.total(), a.x, b.y)
b.z = 5                      # b now differs in layout from a
print(hasattr(a, "z"), b.z, getattr(b, "z"), getattr(a, "z", "none"))
print(vars(a), vars(b))     # insertion order
a.w = 0
print(a.__dict__)
del a.x
print(a.__dict__, hasattr(a, "x"))
a.x = 9                      # re-added: goes last
print(list(a.__dict__), a.total())
try:
    del b.nope
except AttributeError as e:
    print("AttributeError:", e)

# An instance attribute shadows a method, also after the method was called through the site.
c = P(1, 1)
for i in range(3):
    print(c.total())
    if i == 1:
        c.total = lambda: "shadowed"
del c.total
print(c.total())

# The dict, once taken, stays the storage: writes through it are attributes and back.
d = P(0, 0)
dd = d.__dict__
dd["k"] = "via dict"
d.m = "via attr"
print(d.k, dd["m"], d.__dict__ is dd)
d.__dict__ = {"only": 1}
print(d.only, hasattr(d, "x"), vars(d))

# Many attributes, with names made at run time.
e = P(0, 0)
for i in range(50):
    setattr(e, "a%d" % i, i * i)
print(len(vars(e)), e.a49, e.a7, sum(getattr(e, "a%d" % i) for i in range(50)))

# Objects made the same way, in a loop, through one site.
ps = [P(i, -i) for i in range(5)]
for p in ps[::2]:
    p.extra = p.x * 10
print([(p.x, p.y, getattr(p, "extra", None)) for p in ps])

# Class attributes and instance attributes of the same name.
class Q:
    n = "class"

q = Q()
print(q.n)
q.n = "instance"
print(q.n, Q.n)
del q.n
print(q.n)

# __class__ assignment keeps the attributes.
class R:
    def total(self):
        return "R:" + str(self.x)

f = P(7, 8)
f.__class__ = R
print(f.total(), f.y, type(f).__name__)

# copy and attribute order.
g = copy.copy(b)
g.x = 100
print(vars(g), vars(b))


# __slots__: indices follow the base chain.
class S1:
    __slots__ = ("a", "b")


class S2(S1):
    __slots__ = ("c",)


class S3(S2):
    __slots__ = ("d", "e")


s = S3()
s.a, s.b, s.c, s.d, s.e = 1, 2, 3, 4, 5
print(s.a, s.b, s.c, s.d, s.e)
print(S1.a.__get__(s), S2.c.__get__(s, S2))
del s.c
try:
    s.c
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.c
except AttributeError as e:
    print("AttributeError:", e)
s.c = 30
print(s.c)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
t = S2()
t.a = "t"
print(t.a, hasattr(t, "c"))
try:
    S3.d.__get__(t)
except TypeError as e:
    print("TypeError:", e)


class WithDict(S2):
    pass


w = WithDict()
w.a, w.c, w.other = "wa", "wc", "wo"
print(w.a, w.c, w.other, vars(w))


class IntWithSlot(int):
    __slots__ = ()


class ListWithSlot(list):
    __slots__ = ("tag",)


lw = ListWithSlot([1, 2])
lw.tag = "tagged"
print(lw, lw.tag, IntWithSlot(5) + 1)


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


pts = [Pt(i, i * 2) for i in range(4)]
for p in pts:
    p.x += 1
print([(p.x, p.y) for p in pts])
