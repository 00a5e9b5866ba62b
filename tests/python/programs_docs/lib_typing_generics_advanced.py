# typing: TypeVar bounds and constraints, ParamSpec, Concatenate, TypeGuard, Self, overload registry, dataclass_transform, Generic subclassing.
from typing import (TypeVar, Generic, ParamSpec, Concatenate, Callable, TypeGuard, Self, LiteralString, Never,
                    overload, get_overloads, dataclass_transform, Protocol, get_type_hints, Union, Sequence, Iterable,
                    TypeAlias, Unpack, TypeVarTuple, final, Annotated, get_args, get_origin)
import functools
T = TypeVar('T')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Sequence[int]')
Co = TypeVar('Co', covariant=True)
print(T, N, B, Co, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, T.__contravariant__)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError:', e)
P = ParamSpec('P')
R = TypeVar('R')
def add_logging(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f'calling {f.__name__} with {args} {kwargs}')
        return f(*args, **kwargs)
    return inner
@add_logging
def add_two(x: float, y: float) -> float:
    return x + y
print(add_two(1, y=2), P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)
print(is_str_list(['a', 'b']), is_str_list(['a', 1]), get_type_hints(is_str_list)['return'])
class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self
class Circle(Shape):
    def set_radius(self, r: float) -> Self:
        self.radius = r
        return self
c = Circle().set_scale(0.5).set_radius(2.7)
print(type(c).__name__, c.scale, c.radius, get_type_hints(Shape.set_scale))
class Pair(Generic[T, N]):
    def __init__(self, a: T, b: N):
        self.a, self.b = a, b
print(Pair[str, int], Pair.__parameters__, Pair[str, int].__args__, Pair[str, int].__origin__ is Pair, Pair[str, int]('x', 1).a)
class StrPair(Pair[str, N]):
    pass
print(StrPair.__parameters__, StrPair.__orig_bases__, StrPair[int])
try:
    Pair[int]
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(Generic[T], Generic[N]):
        pass
except TypeError as e:
    print('TypeError:', e)
@overload
def process(response: None) -> None: ...
@overload
def process(response: int) -> tuple[int, str]: ...
def process(response):
    return response
print(len(get_overloads(process)), process(3))
@dataclass_transform()
def model(cls):
    return cls
@model
class M:
    x: int
print(model.__dataclass_transform__, M.__annotations__)
Ts = TypeVarTuple('Ts')
class Array(Generic[Unpack[Ts]]):
    pass
print(Ts, Array[int, str], Unpack[Ts])
Vector: TypeAlias = list[float]
print(Vector, Union[int, str] == Union[str, int], Union[int] is int, int | str, (int | str).__args__)
@final
class Leaf:
    pass
print(Leaf.__final__, LiteralString, Never, Annotated[int, 'm'].__metadata__, get_origin(Annotated[int, 'm']) is Annotated)
def f(x: 'Undefined') -> None:
    pass
try:
    get_type_hints(f)
except NameError as e:
    print('NameError:', e)
print(get_type_hints(f, globalns={'Undefined': int}))
