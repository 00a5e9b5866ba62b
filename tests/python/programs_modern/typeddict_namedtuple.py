from typing import TypedDict, NamedTuple, NotRequired, Required, get_type_hints, Optional
from collections import namedtuple

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float
    tags: list[str]

class Extended(Movie, total=False):
    director: str

class Mixed(TypedDict):
    a: int
    b: NotRequired[str]

m: Movie = {"title": "Up", "year": 2009}
print(m, type(m), type(m).__name__)
m2 = Movie(title="Heat", year=1995)
print(m2, isinstance(m2, dict))
print(Movie.__required_keys__ == {"title", "year"}, sorted(Movie.__required_keys__))
print(sorted(Partial.__optional_keys__), Partial.__total__, Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print(Movie.__annotations__)
print(get_type_hints(Movie))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
Alt = TypedDict("Alt", {"x": int, "y-z": str})
print(Alt(x=1, **{"y-z": "q"}), Alt.__annotations__)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def raise_(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))

e = Employee("ann")
print(e, repr(e), e.name, e[1], len(e))
print(e.raise_(10), e._asdict(), Employee._fields, Employee._field_defaults)
print(Employee._make(["bob", "ops", 50]))
print(e == ("ann", "eng", 100), isinstance(e, tuple))
name, dept, sal = e
print(name, dept, sal)
print(Employee.__annotations__)
try:
    Employee()
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    e.name = "x"
except AttributeError as e2:
    print(type(e2).__name__, e2)
try:
    Employee("a", wrong=1)
except TypeError as e2:
    print(type(e2).__name__, e2)
Pt = namedtuple("Pt", "x y z", defaults=[0])
print(Pt(1, 2), Pt._field_defaults, Pt(1, 2, 3)._replace(x=9))
R = namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields, R(1, 2, 3))
try:
    namedtuple("Q", ["a", "a"])
except ValueError as e2:
    print(type(e2).__name__, e2)
try:
    namedtuple("Q", ["_a"])
except ValueError as e2:
    print(type(e2).__name__, e2)
try:
    namedtuple("Q", ["class"])
except ValueError as e2:
    print(type(e2).__name__, e2)
try:
    Pt._make([1])
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    Pt(1, 2)._replace(w=3)
except ValueError as e2:
    print(type(e2).__name__, e2)
P3 = NamedTuple("P3", [("a", int), ("b", Optional[str])])
print(P3(1, None), P3.__annotations__)
print(Employee.__doc__, Pt.__doc__)
