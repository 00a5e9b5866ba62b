class Temperature:
    def __init__(self, c=0.0):
        self.celsius = c

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)

class P:
    def getx(self):
        return 1
    x = property(getx, doc="the x")
    y = property()
print(P().x, P.x.__doc__)
try:
    P().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P().x = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
print(isinstance(Lazy.value, property), Lazy.value.__get__(l), Lazy.value.__get__(None, Lazy) is Lazy.value)

class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c)
c = Child(21.7)
print(c.celsius)
try:
    c.celsius = -500
except ValueError as e:
    print(type(e).__name__, e)

from functools import cached_property
class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
t2 = Temperature()
t2.fahrenheit = 1
