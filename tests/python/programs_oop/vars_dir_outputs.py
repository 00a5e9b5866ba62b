class Base:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3

class Child(Base):
    extra = "e"
    def __init__(self):
        super().__init__()
        self.c = 3
    def child_method(self):
        pass

c = Child()
print(vars(c))
print(c.__dict__ is vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(sorted(vars(Base).keys()))
print(dir(Base) == sorted(dir(Base)))
dunders = [n for n in dir(c) if n.startswith("__")]
print(dunders)
print(len(dir(object)), dir(object))

class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(Slotted()) if not n.startswith("__")])

def f():
    local1 = 1
    local2 = "two"
    return sorted(vars().items()), sorted(dir())
print(f())
import types
ns = types.SimpleNamespace(a=1, b=2)
print(vars(ns), ns, dir(ns)[-2:])
class Meta(type):
    meta_attr = 1
class WithMeta(metaclass=Meta):
    own = 2
print("meta_attr" in dir(WithMeta), "own" in dir(WithMeta), WithMeta.meta_attr)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
v = vars(c)
v["new"] = "via vars"
print(c.new)
print(sorted(vars(ns)))
mod_names = [n for n in dir() if not n.startswith("_")]
print(mod_names)
print(dir(int)[:5], "bit_length" in dir(5), dir([])[-11:])
