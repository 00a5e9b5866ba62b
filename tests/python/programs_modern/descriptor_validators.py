from abc import ABC, abstractmethod

class Validator(ABC):
    def __set_name__(self, owner, name):
        self.private_name = "_" + name
        self.public_name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)
    @abstractmethod
    def validate(self, value): ...
    def __repr__(self):
        return f"<{type(self).__name__} {getattr(self, 'public_name', '?')}>"

class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"Expected {value!r} to be one of {sorted(self.options)!r}")

class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"Expected {value!r} to be an int or float")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"Expected {value!r} to be at least {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"Expected {value!r} to be no more than {self.maxvalue!r}")

class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize, self.maxsize, self.predicate = minsize, maxsize, predicate
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"Expected {value!r} to be an str")
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f"Expected {value!r} to be no smaller than {self.minsize!r}")
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f"Expected {value!r} to be no bigger than {self.maxsize!r}")
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f"Expected {self.predicate} to be true for {value!r}")

class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity
    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity!r})"

print(Component("WIDGET", "metal", 5))
for args in [("Widget", "metal", 5), ("WIDGET", "metle", 5), ("WIDGET", "metal", -5),
             ("WIDGET", "metal", "V"), ("WI", "wood", 1), (42, "wood", 1), ("ABCDEFGHIJKL", "wood", 1)]:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(" at 0x", "@")[:70])
print(Component.name, Component.kind, vars(Component("OK!", "wood", 0)))
try:
    Validator()
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __get__(self, obj, t=None):
        return "data descriptor"
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class NonData:
    def __get__(self, obj, t=None):
        return "non-data"
class Host:
    a = Both()
    b = NonData()
h = Host()
h.__dict__["a"] = "instance a"
h.__dict__["b"] = "instance b"
print(h.a, h.b)
try:
    h.a = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Host.__dict__["a"]).__name__, Host.b)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class Calc:
    @Method
    def add(self, x, y): return x + y
print(Calc().add(2, 3))
print(Component.quantity.public_name, Component.quantity.private_name)
Component("OK!", "glass", 1)
