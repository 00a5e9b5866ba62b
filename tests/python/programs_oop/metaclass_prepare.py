class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, bases, kwargs)
        return {"__order__": []}

    def __new__(mcs, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)

class Base(metaclass=Ordered, tag="base"):
    a = 1
    def m(self):
        return 2

class Sub(Base):
    b = 2

print(Base.tag, Sub.tag, type(Sub).__name__)
s = Sub()
print(s.m(), isinstance(Sub, Ordered))

class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __len__(cls):
        return len(Registry.classes)
    def __getitem__(cls, key):
        return Registry.classes[key]
    def __iter__(cls):
        return iter(sorted(Registry.classes))

class Plugin(metaclass=Registry):
    pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
print(Plugin, len(Plugin), Plugin["beta"], list(Plugin))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print("connecting")
print(Db() is Db())

Dyn = type("Dyn", (Base,), {"x": 10, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, type(Dyn).__name__, Dyn.__mro__)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

class Upper(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return type.__new__(mcs, name, bases, new_ns)
class Cfg(metaclass=Upper):
    debug = True
    level = 3
print(Cfg.DEBUG, Cfg.LEVEL, hasattr(Cfg, "debug"))
print(type(type), type.__mro__, isinstance(type, object), isinstance(object, type))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
