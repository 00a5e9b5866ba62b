# Annotated (3.9): metadata kept, flattened, stripped by get_type_hints unless include_extras.
from typing import Annotated, get_type_hints, get_args, get_origin, Optional, List


class ValueRange:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"ValueRange({self.lo}, {self.hi})"


Small = Annotated[int, ValueRange(0, 10)]
print(Small)
print(Small.__metadata__, Small.__origin__)
print(Annotated[Small, "doc"])
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(get_origin(Small) is Annotated, get_args(Annotated[int, 1, 2]))
print(Annotated[List[int], "x"][()] if False else Annotated[list[int], "x"])


class Reading:
    level: Small
    note: Annotated[Optional[str], "free text"] = None


print(get_type_hints(Reading))
print(get_type_hints(Reading, include_extras=True))


def check(obj):
    for name, hint in get_type_hints(type(obj), include_extras=True).items():
        for meta in getattr(hint, "__metadata__", ()):
            if isinstance(meta, ValueRange):
                v = getattr(obj, name)
                print(name, v, "ok" if meta.lo <= v <= meta.hi else "out of range")


r = Reading()
r.level = 12
check(r)
for bad in (lambda: Annotated[int], lambda: Annotated()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
