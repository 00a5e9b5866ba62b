import functools

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco

def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0
    @functools.wraps(orig_init)
    def __init__(self, *a, **k):
        type(self).instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls

def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name!r}")
        object.__setattr__(self, name, value)
    orig = cls.__init__
    def __init__(self, *a, **k):
        orig(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls

shapes = {}

@register(shapes)
@add_repr
@count_instances
class Circle:
    def __init__(self, r, color="red"):
        self.r = r
        self.color = color

@register(shapes)
@add_repr
@frozen
class Square:
    def __init__(self, side):
        self.side = side

c1, c2 = Circle(1), Circle(2, "blue")
print(c1, c2, Circle.instances, shapes)
print(Circle.__init__.__name__, Circle.__init__.__wrapped__.__code__.co_varnames[:3])
s = Square(3)
print(s)
try:
    s.side = 4
except AttributeError as e:
    print(type(e).__name__, e)

@singleton
class Config:
    """App config."""
    def __init__(self, env="dev"):
        self.env = env
a, b = Config("prod"), Config("test")
print(a is b, a.env, Config.__name__, Config.__doc__, type(Config).__name__)

def with_slots_from_init(cls):
    names = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]
    ns = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    ns["__slots__"] = tuple(names)
    return type(cls.__name__, cls.__bases__, ns)

@with_slots_from_init
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
print(Pt.__slots__, p.x, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

def method_logger(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn):
                @functools.wraps(fn)
                def w(*a, **k):
                    print(f"-> {cls.__name__}.{fn.__name__}{a[1:]}")
                    return fn(*a, **k)
                return w
            setattr(cls, name, make(val))
    return cls

@method_logger
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
print(Calc().add(2, 3), Calc().neg(4), Calc.add.__qualname__)
