from typing import (Annotated, ParamSpec, Concatenate, Callable, TypeVar, overload, cast, NewType,
                    get_type_hints, TypeAlias, Self, LiteralString, Never, NoReturn, assert_never,
                    Literal, Optional, Union, TypeGuard, Any, reveal_type, final, Final, ClassVar)
import typing
import functools

P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, R)
print(Callable[P, R])
print(Callable[Concatenate[int, P], R])
print(Concatenate[int, P])

def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"call {f.__name__}{args}{kwargs}")
        return f(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(2, b=3))

Meters = Annotated[float, "unit:m", 42]
print(Meters)
print(Meters.__metadata__, Meters.__origin__)
print(Annotated[list[int], "x"])

def move(d: Meters, speed: Annotated[int, "fast"] = 1) -> None: ...
print(get_type_hints(move))
print(get_type_hints(move, include_extras=True))
print(typing.get_args(Meters))

UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId, UserId.__name__, UserId.__supertype__)
print(cast(str, 3), cast("list[int]", None), cast(list[int], [1]))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
print(typing.get_overloads(double)[:0] if hasattr(typing, "get_overloads") else [])

Vector: TypeAlias = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
print(scale([1.0, 2.0], 2), Vector)

class Builder:
    def __init__(self): self.parts = []
    def add(self, p: str) -> Self:
        self.parts.append(p); return self
print(Builder().add("a").add("b").parts)
print(Self, LiteralString, Never, NoReturn, Any)

Shape = Literal["circle", "square"]
def area(s: Shape) -> float:
    if s == "circle":
        return 3.14
    elif s == "square":
        return 1.0
    else:
        assert_never(s)
print(area("circle"), area("square"))
try:
    assert_never("hex")
except AssertionError as e:
    print(type(e).__name__, e)

def is_str_list(v: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in v)
print(is_str_list(["a"]), is_str_list([1]), TypeGuard[int])

class Config:
    debug: ClassVar[bool] = False
    name: Final = "cfg"
    port: Optional[int] = None
    def method(self, x: "int", y: Union[str, None] = None) -> "Config": ...
print(get_type_hints(Config))
print(get_type_hints(Config.method))
print(Config.__annotations__)
@final
class Leaf: pass
print(Leaf.__name__, getattr(Leaf, "__final__", None))
x = reveal_type(3)
print(x)
def f(a, b: int, *args: str, c: "float" = 1.0, **kw: bool) -> None: pass
print(f.__annotations__)
print(get_type_hints(f))
print(typing.get_origin(Annotated[int, 1]), typing.get_origin(P.args), typing.get_origin(Callable[[int], str]))
print(repr(typing.ForwardRef("Foo")))
print(typing.Optional[typing.Callable[[int], None]])
print(typing.List["int"])
