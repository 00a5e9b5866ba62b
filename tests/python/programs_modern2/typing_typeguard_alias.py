# TypeGuard and TypeAlias (3.10): runtime no-ops that keep their reprs.
from typing import TypeGuard, TypeAlias, get_type_hints, List, Union


def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


print(is_str_list(["a", "b"]), is_str_list(["a", 1]))
print(get_type_hints(is_str_list))
print(TypeGuard[int], TypeAlias)

Vector: TypeAlias = list[float]
Matrix: TypeAlias = "list[Vector]"
print(Vector, Matrix, Vector is not list)
print(__annotations__)
try:
    TypeAlias[int]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, TypeAlias)
except TypeError as e:
    print("TypeError:", e)
try:
    TypeGuard[int, str]
except TypeError as e:
    print("TypeError:", e)
