# TypedDict: total=False, Required and NotRequired (3.11), inheritance, introspection.
from typing import TypedDict, Required, NotRequired, get_type_hints


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Options(TypedDict, total=False):
    verbose: bool
    name: Required[str]


class Extended(Movie, total=False):
    rating: float


for cls in (Movie, Options, Extended):
    print(cls.__name__, cls.__total__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__))

m = Movie(title="Blade Runner")
print(m, type(m) is dict)
print(Movie(title="x", year=1982) == {"title": "x", "year": 1982})
print(get_type_hints(Movie))
print(get_type_hints(Movie, include_extras=True))
print(Extended.__annotations__)

Point = TypedDict("Point", {"x": int, "y": int})
print(Point.__name__, Point.__required_keys__ == frozenset({"x", "y"}))
Opt = TypedDict("Opt", {"a": int}, total=False)
print(Opt.__optional_keys__)

try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Required[int, str]
except TypeError as e:
    print("TypeError:", e)
print(Required[int], NotRequired[list[str]])
