# TypeVarTuple and *Ts (PEP 646, 3.11).
from typing import TypeVarTuple, Generic, TypeVar, Unpack, get_args

Ts = TypeVarTuple("Ts")
T = TypeVar("T")


class Array(Generic[*Ts]):
    def __init__(self, *shape):
        self.shape = shape


class Pair(Generic[T, *Ts]):
    pass


print(Ts, Array[int, str], Array[()], Array[int, *tuple[str, ...]])
print(Pair[int], Pair[int, str, bytes], Array.__parameters__, Pair.__parameters__)
print(tuple[int, *Ts], tuple[*Ts][int, str], Unpack[Ts], list(Ts))
print(get_args(Array[int, str]), Array[float](2, 3).shape)


def shape(*args: *Ts) -> tuple[*Ts]:
    return args


print(shape.__annotations__)
try:
    Pair[()]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[*Ts, *Ts]):
        pass
except TypeError as e:
    print("TypeError:", e)
