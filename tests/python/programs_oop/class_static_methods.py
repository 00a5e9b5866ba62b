from datetime import date

class Person:
    population = 0
    def __init__(self, name, age):
        self.name, self.age = name, age
        Person.population += 1

    @classmethod
    def from_birth_year(cls, name, year, today=2024):
        return cls(name, today - year)

    @classmethod
    def from_string(cls, s):
        name, age = s.split("-")
        return cls(name, int(age))

    @staticmethod
    def is_adult(age):
        return age >= 18

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.age})"

class Student(Person):
    pass

p = Person.from_birth_year("Ann", 1990)
s = Student.from_string("Bob-17")
print(p, s, type(s).__name__, Person.population)
print(Person.is_adult(20), s.is_adult(s.age), Student.is_adult(5))
print(type(Person.__dict__["from_string"]).__name__, type(Person.__dict__["is_adult"]).__name__)
print(Person.from_string.__self__ is Person, Student.from_string.__self__ is Student)
print(Person.is_adult is Person.__dict__["is_adult"].__func__)
sm = Person.__dict__["is_adult"]
print(sm(30) if callable(sm) else "not callable", sm.__func__(1))
cm = Person.__dict__["from_string"]
print(cm.__func__.__name__, cm.__wrapped__.__name__ if hasattr(cm, "__wrapped__") else "-")
try:
    cm("x-1")
except TypeError as e:
    print(type(e).__name__, e)

class Counter:
    _instances = 0
    def __new__(cls, *args):
        cls._instances += 1
        return super().__new__(cls)
    @classmethod
    def instances(cls):
        return cls._instances
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances(), Sub.instances(), Counter._instances, Sub._instances)

class Temp:
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def table(cls, *cs):
        return [(c, cls.c_to_f(c)) for c in cs]
print(Temp.table(0, 37, 100))
print(Temp().table(-40))

class Chain:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(Chain.name)

class Alt:
    def regular(self):
        return self
Alt.static = staticmethod(lambda: "added static")
Alt.klass = classmethod(lambda cls: cls.__name__)
print(Alt.static(), Alt().static(), Alt.klass(), Alt().klass())
print(repr(staticmethod(len))[:28], repr(classmethod(len))[:27])
try:
    Alt.regular()
except TypeError as e:
    print(type(e).__name__, e)
print(Alt.regular(42))
print(type(Alt().regular).__name__, type(Alt.regular).__name__, type(Alt.klass).__name__)
d = date.fromisoformat("2024-02-29")
print(d, type(d).today is not None, date.fromordinal(d.toordinal() + 1))
print(int.from_bytes(b"\x01\x00", "big"), dict.fromkeys("ab", 0), str.maketrans("a", "b"))
print(bytes.fromhex("41 42"), float.fromhex("0x1p-1"), (1.5).hex())
