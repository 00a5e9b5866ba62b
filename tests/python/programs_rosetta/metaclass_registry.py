class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name.lower()] = cls
        cls.tag = kw.get("tag", name[:3])
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "meta"
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} tagged {cls.tag}>"

class Shape(metaclass=Registry):
    pass
class Circle(Shape, tag="round"):
    def __init__(self, r=1): self.r = r
class Square(Shape):
    pass
print(sorted(Registry.classes), Circle, Square, Circle.tag, type(Circle).__name__)
c = Registry.classes["circle"](5)
print(c.r, c.created_by, isinstance(c, Shape))
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        Plugin.plugins.append(cls)
class A(Plugin, priority=2): pass
class B(Plugin): pass
class C(A, priority=5): pass
print([(p.__name__, p.priority) for p in sorted(Plugin.plugins, key=lambda p: -p.priority)])
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hi from {type(self).__name__}"})
print(Dyn().hello(), Dyn.x, Dyn.__name__, Dyn.__bases__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name)
