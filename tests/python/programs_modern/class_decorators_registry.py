import functools
import inspect

REGISTRY = {}

def register(name=None):
    def deco(cls):
        REGISTRY[name or cls.__name__.lower()] = cls
        return cls
    if isinstance(name, type):
        cls, name = name, None
        return deco(cls)
    return deco

def auto_repr(cls):
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    def __repr__(self):
        args = ", ".join(f"{p}={getattr(self, p)!r}" for p in params)
        return f"{type(self).__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get

def count_calls(cls):
    orig = cls.__init__
    cls.instances = 0
    @functools.wraps(orig)
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls

@register
@auto_repr
@count_calls
class Point:
    """A point."""
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

@register("vec")
@auto_repr
class Vector:
    def __init__(self, *, dx, dy):
        self.dx, self.dy = dx, dy

@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env

print(Point(1, 2), Point(3), Vector(dx=1, dy=-1))
print(Point.instances, sorted(REGISTRY), REGISTRY["vec"].__name__)
print(Point.__init__.__name__, Point.__init__.__wrapped__.__qualname__, Point.__doc__)
c1 = Config("prod")
c2 = Config("test")
print(c1 is c2, c1.env, Config.__name__, Config.__doc__, type(Config).__name__)

def frozen_attrs(cls):
    def __setattr__(self, key, value):
        if hasattr(self, "_frozen"):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {key!r}")
        object.__setattr__(self, key, value)
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls

@frozen_attrs
class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur
m = Money(5, "EUR")
print(m.amount, m.cur)
try:
    m.amount = 6
except AttributeError as e:
    print(type(e).__name__, e)

class cached_class_property:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        val = self.f(owner)
        setattr(owner, self.f.__name__, val)
        return val
class Table:
    @cached_class_property
    def columns(cls):
        print("computing columns for", cls.__name__)
        return ("id", "name")
print(Table.columns, Table.columns, Table().columns)
def add_method(cls):
    cls.shout = lambda self: str(self).upper() + "!"
    return cls
@add_method
class Word(str):
    pass
print(Word("hey").shout(), type(Word("a")).__mro__)
print(inspect.signature(Point.__init__), inspect.signature(Vector))
print(inspect.isclass(Config), inspect.isfunction(Config), callable(Config))
