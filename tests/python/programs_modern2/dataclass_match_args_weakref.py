# dataclass match_args and weakref_slot (3.11) options, and __match_args__ with kw_only fields.
from dataclasses import dataclass, field, KW_ONLY
import weakref


@dataclass
class Event:
    kind: str
    _: KW_ONLY
    payload: dict = field(default_factory=dict)
    at: int = 0


print(Event.__match_args__)
match Event("click", payload={"x": 1}):
    case Event("click", payload={"x": x}):
        print("click at", x)


@dataclass(slots=True, weakref_slot=True)
class Node:
    name: str


n = Node("root")
r = weakref.ref(n)
print(r() is n, "__weakref__" in Node.__slots__)
try:
    @dataclass(weakref_slot=True)
    class Bad:
        a: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version.__match_args__)
match Version(2, 1):
    case Version(major, minor=0):
        print("dot-zero")
    case Version(major, minor):
        print(f"v{major}.{minor}")
