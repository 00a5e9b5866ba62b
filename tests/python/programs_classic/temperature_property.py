class Temperature:
    """Stores kelvin; validates on every assignment."""

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._kelvin - 273.15

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._kelvin = value + 273.15

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._kelvin

    def __repr__(self):
        return f"Temperature({self.celsius:.2f}°C)"

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return f"{value:{spec or '.1f'}}°{unit}"


class Person:
    __slots__ = ("_name", "_age")

    def __init__(self, name, age):
        self.name = name
        self.age = age

    name = property(lambda self: self._name)

    @name.setter
    def name(self, v):
        v = v.strip()
        if not v:
            raise ValueError("name cannot be empty")
        self._name = v.title()

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, v):
        if not 0 <= v <= 150:
            raise ValueError(f"age {v} out of range")
        self._age = v

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"


t = Temperature(25)
print(t, f"{t}", f"{t:F}", f"{t:.3K}", f"{t:>10.2F}|", t.kelvin)
t.fahrenheit = 212
print(t, round(t.celsius, 10))
for bad in (-300, "hot", True, None):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
try:
    t.kelvin = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius), Temperature.celsius.__doc__, Temperature.__doc__)
p = Person("  ada lovelace ", 36)
print(p, p.name, p.age)
for attr, val in (("age", 200), ("name", "   "), ("height", 170)):
    try:
        setattr(p, attr, val)
    except (ValueError, AttributeError) as e:
        print(f"{attr}={val!r}: {type(e).__name__}: {e}")
print(hasattr(p, "__dict__"), Person.__slots__, sorted(k for k in vars(Person) if not k.startswith("__")))
del p.age
try:
    print(p.age)
except AttributeError as e:
    print(type(e).__name__, e)
