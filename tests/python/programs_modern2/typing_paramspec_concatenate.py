# ParamSpec and Concatenate (3.10): reprs, substitution, and a decorator that uses them.
from typing import Callable, ParamSpec, TypeVar, Concatenate, get_args, get_origin
import functools
import collections.abc

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Request:
    def __init__(self, user):
        self.user = user


def with_request(f: Callable[Concatenate[Request, P], R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(Request("alice"), *args, **kwargs)
    return inner


@with_request
def greet(request: Request, greeting: str, *, punct: str = "!") -> str:
    return f"{greeting}, {request.user}{punct}"


print(greet("Hello"), greet("Hi", punct="?"), greet.__name__)

print(P.__name__, P.args.__origin__ is P, repr(P.kwargs))
C = Callable[Concatenate[int, P], R]
print(C)
print(get_args(C))
print(C[[str, bytes], float])
print(Callable[P, T][[int], str])
print(Callable[P, T][..., str])
print(collections.abc.Callable[P, R])
print(get_origin(Concatenate[int, P]) is Concatenate)
try:
    Concatenate[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Concatenate[()]
except TypeError as e:
    print("TypeError:", e)
