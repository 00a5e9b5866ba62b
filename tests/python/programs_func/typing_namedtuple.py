from typing import NamedTuple, Optional
import collections

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 50000.0
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def initials(self):
        return "".join(p[0] for p in self.name.split())

    def __str__(self):
        return f"{self.name} ({self.dept})"

e = Employee("Grace Hopper")
print(e)
print(repr(e))
print(e.raise_by(10))
print(e.initials, e[0], e[-1], len(e))
print(Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(e._asdict())
print(Employee._make(["Alan Turing", "math", 1.0, "none"]))
name, dept, *rest = e
print(name, dept, rest)
try:
    e.name = "x"
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Employee()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e._replace(age=3)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(isinstance(e, tuple), Employee.__mro__[1:], Employee.__bases__)
print(e == ("Grace Hopper", "eng", 50000.0, None), hash(e) == hash(tuple(e)))

Point = collections.namedtuple("Point", "x y")
Point3 = collections.namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(1, y=2)
print(p, Point3(1, 2), Point3._field_defaults, p._replace(x=9))
print(Point.__doc__, Point.x.__doc__)
Renamed = collections.namedtuple("Renamed", ["a", "def", "a", "_b"], rename=True)
print(Renamed._fields)
try:
    collections.namedtuple("Bad", ["a", "a"])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    collections.namedtuple("Bad", ["for"])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    collections.namedtuple("Bad", ["_x"])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point._make([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(*map(int, "3 4".split())), Point._make(range(2)))
print(dict(Point(5, 6)._asdict()), type(Point(5, 6)._asdict()).__name__)
Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair.__annotations__)
print(Point.__match_args__, Employee.__match_args__)
match Point(0, 7):
    case Point(0, y):
        print("on y axis at", y)
