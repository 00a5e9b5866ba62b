class Base:
    def __init__(self):
        self._value = 1
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        print(f"Base setter {v}")
        self._value = v
    @property
    def label(self):
        return f"Base:{self.value}"

class Child(Base):
    @Base.value.setter
    def value(self, v):
        print(f"Child setter {v}")
        Base.value.fset(self, v * 10)
    @property
    def label(self):
        return "Child>" + super().label

class GetterOnly(Base):
    @property
    def value(self):
        return -super().value

c = Child()
c.value = 2
print(c.value, c.label)
g = GetterOnly()
print(g.value)
try:
    g.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Base.value.fget is Child.value.fget, Base.value.fset is Child.value.fset)
print(type(Child.__dict__["value"]).__name__, "value" in GetterOnly.__dict__)

class Lazy:
    def __init__(self):
        self.loads = 0
    def __getattr__(self, name):
        if name == "data":
            self.loads += 1
            self.data = list(range(3))
            return self.data
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lz = Lazy()
print(lz.data, lz.data, lz.loads)
try:
    lz.other
except AttributeError as e:
    print(type(e).__name__, e)

class ClassProp:
    _registry = ["a", "b"]
    @classmethod
    def count(cls):
        return len(cls._registry)
    @property
    def instance_count(self):
        return self.count()
print(ClassProp.count(), ClassProp().instance_count)

class Celsius:
    def __get__(self, obj, objtype=None):
        return (obj.fahrenheit - 32) * 5 / 9 if obj is not None else self
    def __set__(self, obj, value):
        obj.fahrenheit = 32 + 9 * value / 5
class Temp:
    celsius = Celsius()
    def __init__(self, f):
        self.fahrenheit = f
t = Temp(212)
print(t.celsius)
t.celsius = 0
print(t.fahrenheit, type(Temp.celsius).__name__)

class Ro:
    __slots__ = ("_x",)
    def __init__(self, x):
        self._x = x
    x = property(lambda self: self._x, doc="read-only x")
r = Ro(5)
print(r.x, Ro.x.__doc__)
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.x
except AttributeError as e:
    print(type(e).__name__, e)
class Named:
    def _get(self):
        return 1
    thing = property(_get)
try:
    Named().thing = 2
except AttributeError as e:
    print(type(e).__name__, e)
