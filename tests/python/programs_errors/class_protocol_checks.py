# isinstance/issubclass and typing helpers used wrongly; functools.total_ordering requirements.
import functools
import typing
import collections.abc as cabc

checks = [
    ("isinstance(3, 'int')", lambda: isinstance(3, "int")),
    ("isinstance(3, (int, 'x'))", lambda: isinstance(3, (int, "x"))),
    ("isinstance(3, int | str)", lambda: isinstance(3, int | str)),
    ("isinstance([], list[int])", lambda: isinstance([], list[int])),
    ("isinstance([], typing.List[int])", lambda: isinstance([], typing.List[int])),
    ("isinstance([], typing.List)", lambda: isinstance([], typing.List)),
    ("isinstance(3, typing.Any)", lambda: isinstance(3, typing.Any)),
    ("issubclass(3, int)", lambda: issubclass(3, int)),
    ("issubclass(bool, (int, 5))", lambda: issubclass(bool, (int, 5))),
    ("issubclass(list, cabc.Sequence)", lambda: issubclass(list, cabc.Sequence)),
    ("issubclass(dict, cabc.Sequence)", lambda: issubclass(dict, cabc.Sequence)),
    ("isinstance('s', cabc.Iterable)", lambda: isinstance("s", cabc.Iterable)),
    ("typing.List[int]()", lambda: typing.List[int]()),
    ("typing.Union[int]", lambda: typing.Union[int]),
    ("typing.Optional[int, str]", lambda: typing.Optional[int, str]),
    ("typing.Callable[int]", lambda: typing.Callable[int]),
    ("typing.Dict[int]", lambda: typing.Dict[int]),
    ("list[int][str]", lambda: list[int][str]),
    ("int[str]", lambda: int[str]),
    ("cabc.Sequence()", lambda: cabc.Sequence()),
    ("cabc.Mapping.register(3)", lambda: cabc.Mapping.register(3)),
    ("int | 3", lambda: int | 3),
    ("typing.cast(int, 'x')", lambda: typing.cast(int, "x")),
]
for text, f in checks:
    try:
        print(f"{text:36} -> {f()!r}")
    except TypeError as e:
        print(f"{text:36} -> TypeError: {e}")

try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)

@functools.total_ordering
class Grade:
    def __init__(self, score):
        self.score = score
    def __eq__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.score == other.score
    def __lt__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.score < other.score
    def __repr__(self):
        return f"Grade({self.score})"

print(Grade(3) <= Grade(4), Grade(5) > Grade(4), Grade(4) >= Grade(4), sorted([Grade(2), Grade(1)]))
try:
    Grade(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Grade(1) >= "a"
except TypeError as e:
    print("TypeError:", e)

class Sized(cabc.Sized):
    pass
try:
    Sized()
except TypeError as e:
    print("TypeError:", e)
class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        return 1
try:
    MyMap()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, "int"))
