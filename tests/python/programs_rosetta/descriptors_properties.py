class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Temperature:
    celsius = Typed(float)
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return self.celsius + 273.15

t = Temperature(100.0)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 32.0
print(t.celsius, type(Temperature.celsius).__name__)
for k in (-40.0, 0.0, 37.0):
    t.celsius = k
    print(f"{k:6.1f}C = {t.fahrenheit:6.1f}F = {t.kelvin:7.2f}K")
try:
    t.celsius = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return 42
d = Data()
print(d.expensive, d.expensive, Data.calls)
from functools import cached_property
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
