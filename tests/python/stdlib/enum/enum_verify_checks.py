# enum.verify's three checks with CPython's messages, and show_flag_values.
from enum import (CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, Flag, IntEnum, IntFlag, show_flag_values,
                  verify)

cases = [
    ("unique ok", UNIQUE, lambda: Enum("Ok", {"a": 1, "b": 2})),
    ("unique one alias", UNIQUE, lambda: Enum("V", {"a": 1, "b": 1})),
    ("unique two aliases", UNIQUE, lambda: Enum("V", {"a": 1, "b": 1, "c": 2, "d": 2})),
    ("continuous enum", CONTINUOUS, lambda: IntEnum("V", {"a": 1, "b": 2, "c": 5})),
    ("continuous ok", CONTINUOUS, lambda: IntEnum("V", {"a": 3, "b": 4})),
    ("continuous single", CONTINUOUS, lambda: IntEnum("V", {"a": 9})),
    ("continuous flag", CONTINUOUS, lambda: Flag("V", {"a": 1, "b": 8})),
    ("continuous flag ok", CONTINUOUS, lambda: Flag("V", {"a": 2, "b": 4, "c": 8})),
    ("named flags one", NAMED_FLAGS, lambda: Flag("V", {"a": 1, "b": 2, "c": 7})),
    ("named flags two", NAMED_FLAGS, lambda: IntFlag("V", {"a": 1, "b": 9, "c": 17})),
    ("named flags ok", NAMED_FLAGS, lambda: Flag("V", {"a": 1, "b": 2, "ab": 3})),
]
for label, check, make in cases:
    try:
        print(label, "->", verify(check)(make()))
    except ValueError as e:
        print(label, "!!", e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(type(e).__name__, e)
print(show_flag_values(0), show_flag_values(13), show_flag_values(Flag("W", "x y z")(6)))
try:
    show_flag_values(-1)
except ValueError as e:
    print(type(e).__name__, e)
