import functools
import time

class Circle:
    def __init__(self, radius):
        self._radius = radius
        self.calls = 0

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
        self.__dict__.pop("area", None)

    @functools.cached_property
    def area(self):
        self.calls += 1
        return round(3.141592653589793 * self._radius ** 2, 4)

c = Circle(2)
print(c.area, c.area, c.calls)
c.radius = 3
print(c.area, c.calls)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
print(c.radius, sorted(k for k in vars(c)))

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    kelvin = property(lambda self: self.celsius + 273.15, doc="Kelvin degrees")

t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, t.kelvin, Temperature.kelvin.__doc__)
try:
    t.kelvin = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

class Fib:
    @functools.lru_cache(maxsize=None)
    def compute(self, n):
        return n if n < 2 else self.compute(n - 1) + self.compute(n - 2)

    @staticmethod
    @functools.cache
    def static_fib(n):
        return n if n < 2 else Fib.static_fib(n - 1) + Fib.static_fib(n - 2)

    @classmethod
    @functools.lru_cache(maxsize=4)
    def cls_fib(cls, n):
        return n if n < 2 else cls.cls_fib(n - 1) + cls.cls_fib(n - 2)

f = Fib()
print(f.compute(40), Fib.static_fib(60), Fib.cls_fib(30))
print(Fib.compute.cache_info().misses, Fib.static_fib.cache_info().currsize, Fib.cls_fib.cache_info().maxsize)

class Settings:
    _defaults = {"theme": "dark", "font": 12}
    def __init__(self):
        self._overrides = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._overrides.get(name, self._defaults[name])
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        elif name in self._defaults:
            self._overrides[name] = value
        else:
            raise AttributeError(f"unknown setting {name!r}")

s = Settings()
s.font = 14
print(s.theme, s.font, s._overrides)
for action in (lambda: s.colour, lambda: setattr(s, "colour", 1)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(s, "missing", "default"), hasattr(s, "theme"), hasattr(s, "nope"))
