registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.__name__ = cls.__name__
    return get

@register
@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

@register
@add_repr
class Label:
    def __init__(self, text, color="black", size=12):
        self.text = text
        self.color = color
        self.size = size

@singleton
class Config:
    def __init__(self, name):
        self.name = name

print(Point(1, 2), Label("hi", size=3))
print(sorted(registry))
print(registry["point"](5))
c1 = Config("first")
c2 = Config("second")
print(c1 is c2, c1.name, Config.__name__)

def with_slots_check(cls):
    orig_setattr = cls.__setattr__
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name!r}")
        orig_setattr(self, name, value)
    cls.__setattr__ = __setattr__
    return cls

@with_slots_check
class Box:
    pass

b = Box()
b.width = 3
print(b.width)
try:
    b._hidden = 1
except AttributeError as e:
    print(type(e).__name__, e)

def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        type(self).count += 1
        original_init(self, *a, **k)
    cls.__init__ = __init__
    return cls

@count_instances
class Widget:
    def __init__(self, name):
        self.name = name

ws = [Widget(n) for n in "abc"]
print(Widget.count, [w.name for w in ws])

def decorate_all(deco):
    def apply(cls):
        for name, val in list(vars(cls).items()):
            if callable(val) and not name.startswith("__"):
                setattr(cls, name, deco(val))
        return cls
    return apply

def trace(fn):
    def wrapper(*a):
        r = fn(*a)
        print(f"{fn.__name__}{a[1:]} = {r}")
        return r
    return wrapper

@decorate_all(trace)
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a

calc = Calc()
calc.add(2, 3)
calc.neg(7)
print(Calc.__name__, Calc.add.__name__)
