from typing import NamedTuple, TypedDict, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(x=1), p._asdict(), tuple(p), p[0], isinstance(p, tuple))
x, y, label = p
print(x, y, label, Point._make([1, 2, 'q']))

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 1)
print(e, Employee.__annotations__, e.name)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['title'], Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)


class Partial(TypedDict, total=False):
    a: int
    b: List[str]


print(Partial(a=1), sorted(Partial.__optional_keys__), Partial.__total__)


class Extended(Movie, total=False):
    rating: Optional[float]


print(sorted(Extended.__annotations__), sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
Alt = TypedDict('Alt', {'x': int, 'y': str})
print(Alt(x=1, y='a'), Alt.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
