class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.items, a.items is Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
Counter.count = 7
print(a.count, b.count)
b.items = ["own"]
print(b.items, a.items, Counter.items)

class Default:
    x = 1
    def get(self):
        return self.x
d1, d2 = Default(), Default()
d1.x = 10
Default.x = 2
print(d1.get(), d2.get())

class Meth:
    def m(self):
        return "method"
mm = Meth()
mm.m = lambda: "instance attr"
print(mm.m(), Meth().m(), Meth.m(mm))
del mm.m
print(mm.m())

class Shadow:
    @property
    def p(self):
        return "property"
s = Shadow()
s.__dict__["p"] = "dict"
print(s.p, s.__dict__)

class A:
    val = "A"
class B(A):
    pass
print(B.val, B.__dict__.get("val"), "val" in dir(B))
A.val = "changed"
print(B.val)
B.val = "B's own"
print(A.val, B.val)
del B.val
print(B.val)
try:
    del B.val
except AttributeError as e:
    print(type(e).__name__, e)

class Private:
    __secret = 42
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, hasattr(pv, "__secret"))
try:
    pv.__secret
except AttributeError as e:
    print(type(e).__name__, e)

class Lst:
    data = []
    def add(self, x):
        self.data = self.data + [x]
l1, l2 = Lst(), Lst()
l1.add(1)
print(l1.data, l2.data, Lst.data)

funcs = []
class Scope:
    x = 5
    ys = [x * i for i in range(3)] if False else None
    def f(self):
        try:
            return x
        except NameError as e:
            return f"NameError: {e}"
print(Scope().f())
class Scope2:
    v = 1
    try:
        w = [v for _ in range(2)]
    except NameError as e:
        w = str(e)
print(Scope2.w)
print(type(Counter.__dict__).__name__, Counter.__dict__["count"])
try:
    Counter.__dict__["count"] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
class Doc:
    """Docstring here."""
print(Doc.__doc__, Doc().__doc__)
print(getattr(Counter, "nope", "default"), Counter.__class__, a.__class__.__name__)
a.__class__ = Default
print(type(a).__name__, a.get())
