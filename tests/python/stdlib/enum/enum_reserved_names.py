# Names an enum body may not use, or that do not become members (CPython _EnumDict / EnumType).
from enum import Enum, Flag, auto

bodies = {
    "mro as a member": "mro = 1",
    "empty-string member via dict": None,
    "unknown sunder": "_x_ = 1",
    "_value_ in the body": "A = 1\n    _value_ = 3",
    "private name": "__secret = 1\n    A = 2",
    "dunder-ending private": "__both__ = 1\n    A = 2",
    "_ignore_ after member": "A = 1\n    _ignore_ = 'A'",
    "_generate_next_value_ after auto": "A = auto()\n    def _generate_next_value_(name, start, count, last):\n        return name",
    "_order_ with an alias": "A = 1\n    B = 1\n    C = 2\n    _order_ = 'A C'",
    "_order_ naming the alias": "A = 1\n    B = 1\n    _order_ = 'A B'",
    "_order_ wrong": "_order_ = 'B A'\n    A = 1\n    B = 2",
    "_missing_ allowed": "A = 1\n    @classmethod\n    def _missing_(cls, v):\n        return cls.A",
}
for label, body in bodies.items():
    ns = {"Enum": Enum, "auto": auto}
    try:
        if body is None:
            E = Enum("E", {"": 1, "B": 2})
        else:
            exec("class E(Enum):\n    " + body, ns)
            E = ns["E"]
        print(label, "->", list(E), sorted(k for k in vars(E) if "secret" in k or "both" in k))
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


class Color(Flag):
    _order_ = "RED GREEN BLUE"
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE)
print(Color._missing_ is Flag._missing_)
