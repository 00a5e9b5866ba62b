class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"delete {self.name}")
        delattr(obj, self.private)
    def __repr__(self):
        return f"<Typed {self.name}:{self.kind.__name__}>"

class Product:
    name = Typed(str, "?")
    qty = Typed(int, 0)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

p = Product("bolt", 10)
print(p.name, p.qty, vars(p))
try:
    p.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
del p.qty
print(p.qty)
print(Product.name, Product.__dict__["qty"])

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class DataOnly:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class H2:
    attr = DataOnly()
h2 = H2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
try:
    h2.attr = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    def __set_name__(self, owner, name):
        self.public = name
    def __get__(self, obj, owner):
        return f"{owner.__name__}.{self.public} via {None if obj is None else type(obj).__name__}"
class A:
    c = Counter()
class B(A):
    pass
print(A.c, B.c, B().c)

class Later:
    pass
d = Typed(float)
Later.x = d
print(hasattr(d, "name"))
d.__set_name__(Later, "x")
l = Later()
l.x = 1.5
print(l.x)

class Bound:
    def method(self):
        return self
b = Bound()
f = Bound.__dict__["method"].__get__(b, Bound)
print(f() is b, type(f).__name__, f.__self__ is b, f.__func__ is Bound.method)
print(staticmethod(len).__get__(None, int)("abc"), classmethod(lambda c: c.__name__).__get__(None, int)())
try:
    class Bad:
        x = Typed(int)
        def __init__(self):
            self.x = "no"
    Bad()
except TypeError as e:
    print(type(e).__name__, e)

class Err:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
class Z:
    e = Err()
