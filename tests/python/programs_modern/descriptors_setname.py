class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"

p = Product("pen", 1.5, 10)
print(p, vars(p))
try:
    p.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
del p.price
print(p.price, Product.name.public, type(Product.__dict__["qty"]).__name__)

class ReadOnly:
    def __init__(self, v): self.v = v
    def __get__(self, obj, t=None): return self.v
class Holder:
    x = ReadOnly(5)
h = Holder()
h.x = 99
print(h.x, Holder.x, h.__dict__)

class Lazy:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v
        return v
class Data:
    @Lazy
    def big(self):
        """expensive"""
        print("computing big")
        return list(range(5))
d = Data()
print(d.big, d.big, Data.big.__doc__)

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key)
class CsvPlugin(Plugin, key="csv"): pass
class JsonPlugin(Plugin): pass
class Sub(JsonPlugin, key="sub"): pass
print(sorted(Plugin.registry), Sub.key, JsonPlugin.key)
try:
    class Oops(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.upper())
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Tagged(metaclass=Meta): pass
print(Tagged.tag, repr(Tagged), Tagged)

def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pair:
    def __init__(self, a, b): self.a = a; self.b = b
print(Pair(1, "two"))
class Prop:
    @property
    def v(self): return 1
try:
    Prop().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Prop().v
except AttributeError as e:
    print(type(e).__name__, e)
class P2:
    def _g(self): return 7
    v = property(_g, doc="the v")
print(P2.v.__doc__, P2().v, P2.v.fget.__name__)
