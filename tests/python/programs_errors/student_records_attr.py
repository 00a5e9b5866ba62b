# Attribute errors on instances, classes and modules, including __slots__ and properties.
import math

class Student:
    school = "Hill"
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
    @property
    def passed(self):
        return self.grade >= 50
    def describe(self):
        return f"{self.name}: {self.grade}"

class SlimStudent:
    __slots__ = ("name", "grade")
    def __init__(self, name):
        self.name = name

s = Student("Zoe", 72)
slim = SlimStudent("Max")
attempts = [
    lambda: s.nmae,
    lambda: s.grades,
    lambda: Student.nam,
    lambda: s.describe().uper(),
    lambda: math.sqr(4),
    lambda: math.PI,
    lambda: slim.grade,
    lambda: slim.age,
    lambda: setattr(slim, "age", 3),
    lambda: setattr(s, "passed", False),
    lambda: delattr(s, "passed"),
    lambda: delattr(s, "missing"),
    lambda: (5).real.imag.foo,
    lambda: None.name,
    lambda: [].push(1),
    lambda: {}.has_key("a"),
    lambda: "abc".length,
    lambda: (1, 2).append(3),
    lambda: Student.describe(),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: setattr(1, "x", 1),
    lambda: setattr(str, "x", 1),
    lambda: delattr(Student, "nothing"),
    lambda: type.mro(),
    lambda: s.__dict__["nope"],
    lambda: slim.__dict__,
]
for i, f in enumerate(attempts):
    try:
        print(i, repr(f()))
    except (AttributeError, TypeError, KeyError) as e:
        print(i, type(e).__name__, e)

try:
    s.nmae
except AttributeError as e:
    print(repr(e), e.name, e.obj is s)
print(getattr(s, "nmae", "default"), hasattr(s, "grade"), hasattr(slim, "grade"))
print(s.passed, s.describe(), Student.school, SlimStudent.__slots__)
print(slim.grade)
