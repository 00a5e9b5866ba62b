# typing.is_typeddict (3.10) and types.NoneType / EllipsisType / NotImplementedType (3.10).
import types
from typing import TypedDict, is_typeddict


class Movie(TypedDict):
    title: str


print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(Movie(title="x").__class__))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(type(None) is types.NoneType, type(...) is types.EllipsisType, isinstance(NotImplemented, types.NotImplementedType))
for t in (types.NoneType, types.EllipsisType):
    print(t(), repr(t()))
try:
    class Sub(types.NoneType):
        pass
except TypeError as e:
    print("TypeError:", e)
print(types.NoneType | int)
