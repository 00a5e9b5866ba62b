# X | Y union types (3.10): isinstance, issubclass, reprs, equality, typing interplay.
import types
import typing

IntOrStr = int | str
print(IntOrStr, type(IntOrStr) is types.UnionType)
print(isinstance(1, IntOrStr), isinstance("s", IntOrStr), isinstance(1.0, IntOrStr))
print(issubclass(bool, int | float), issubclass(bytes, int | str))
print(int | None, None | int, type(None) | int)
print(int | str == str | int, int | int, (int | str) | float, int | (str | float))
print(IntOrStr.__args__, typing.get_args(int | list[str]))
print(int | typing.List[int], type(int | typing.List[int]).__name__)
print(typing.Union[int, str] == int | str)
print(int | "str" if False else list[int] | None)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(None, int | None), isinstance([], int | list))
match 3:
    case int() | str():
        print("match unions via or-patterns")
print(hash(int | str) == hash(str | int))


def f(x: int | None = None) -> list[int] | None:
    return None


print(f.__annotations__)
print(typing.get_type_hints(f))
print(typing.Optional[int] == int | None)
