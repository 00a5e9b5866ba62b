# PEP 646 (Python 3.11): TypeVarTuple, Unpack[Ts] written *Ts (in subscripts and in *args
# annotations), variadic Generic classes and their substitution, *tuple[int, ...].
from typing import Generic, TypeVar, TypeVarTuple, Unpack, Tuple, get_args, get_origin, get_type_hints
T = TypeVar("T"); Ts = TypeVarTuple("Ts"); Us = TypeVarTuple("Us")
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
t("repr", lambda: (repr(Ts), repr(Unpack[Ts]), str(Unpack[Ts])))
t("iter", lambda: list(iter(Ts)))
t("tuple star", lambda: tuple[int, *Ts])
t("Tuple Unpack", lambda: Tuple[int, Unpack[Ts]])
t("Generic[Ts] bare", lambda: Generic[Ts])
t("Generic[*Ts]", lambda: Generic[Unpack[Ts]])
t("get_args unpack", lambda: get_args(Unpack[Ts]))
t("get_origin unpack", lambda: get_origin(Unpack[Ts]))
class Array(Generic[Unpack[Ts]]):
    pass
class Shape(Generic[T, Unpack[Ts]]):
    pass
t("Array params", lambda: Array.__parameters__)
t("Array[int]", lambda: Array[int])
t("Array[int, str]", lambda: Array[int, str])
t("Array[()]", lambda: Array[()])
t("Array[T][int]", lambda: Array[T][int])
t("Array[*Us]", lambda: Array[Unpack[Us]])
t("Array[*Us][int,str]", lambda: Array[Unpack[Us]][int, str])
t("Shape params", lambda: Shape.__parameters__)
t("Shape[int]", lambda: Shape[int])
t("Shape[int, str, float]", lambda: Shape[int, str, float])
t("Shape[()]", lambda: Shape[()])
t("Array[int] args", lambda: Array[int, str].__args__)
t("instance", lambda: type(Array[int]()).__name__)
t("Generic twice Ts", lambda: Generic[Unpack[Ts], Unpack[Us]])
t("tuple[*Ts][int, str]", lambda: tuple[int, *Ts][str, bytes])
t("Tuple[Unpack[Ts]][int]", lambda: Tuple[Unpack[Ts]][int])
t("Unpack tuple", lambda: Unpack[tuple[int, ...]])
t("Ts name", lambda: Ts.__name__)
t("TypeVarTuple kw", lambda: TypeVarTuple("X", bound=int))
def f(*args: *Ts): pass
t("annot star", lambda: f.__annotations__)
class Shape(Generic[T, *Ts]):
    def __init__(self, *dims):
        self.dims = dims
print(Shape.__parameters__, Shape[int, str, float], Shape[int])
s = Shape[int, str](1, "a")
print(s.dims, s.__orig_class__, type(s).__name__)
def f(*args: *Ts) -> tuple[*Ts]:
    return args
print(f.__annotations__, get_type_hints(f))
def g(*args: *tuple[int, ...]): pass
print(g.__annotations__)
print(tuple[*Ts][int], Tuple[*Ts][int, str], tuple[T, *Ts][int, str, bytes])
print(Ts.__module__ if hasattr(Ts, "__module__") else None, repr(Ts), Ts.__name__)
try:
    tuple[T, *Ts][()]
except TypeError as e:
    print(type(e).__name__, e)
class Rec(Generic[*Ts]):
    pass
print(Rec[int][()] if False else Rec[()], Rec[*tuple[int, str]] if False else Rec[int, int])
