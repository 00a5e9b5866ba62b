# typing.Literal and Final: reprs, flattening, de-duplication, and introspection.
from typing import Literal, Final, get_args, get_origin, get_type_hints, Union
import typing

Mode = Literal["r", "w", "a"]
print(Mode)
print(get_args(Mode), get_origin(Mode) is Literal)
print(Literal[Literal[1, 2], 3])
print(Literal[1, 1, 2] == Literal[1, 2], Literal[1, 2] == Literal[2, 1])
print(Literal[1] == Literal[True], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Union[Literal[1], Literal[2]])
print(Literal[None], Literal[b"x"], Literal[-3])
try:
    Literal()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("r", Mode)
except TypeError as e:
    print("TypeError:", e)

MAX: Final = 10
RATE: Final[float] = 0.5


class Conn:
    TIMEOUT: Final[int] = 30


print(get_type_hints(Conn))
print(Final[int], typing.ClassVar[Final[int]] if False else "skip")
try:
    Final[int, str]
except TypeError as e:
    print("TypeError:", e)


def open_helper(file: str, mode: Literal["r", "rb", "w", "wb"]) -> str:
    return f"{file}:{mode}"


print(get_type_hints(open_helper))
