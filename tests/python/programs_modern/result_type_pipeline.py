from __future__ import annotations
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar, Union, Iterable
import functools

T = TypeVar("T")
E = TypeVar("E")
U = TypeVar("U")

@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T
    def map(self, f: Callable[[T], U]) -> Result[U, E]:
        return Ok(f(self.value))
    def bind(self, f: Callable[[T], Result[U, E]]) -> Result[U, E]:
        return f(self.value)
    def unwrap_or(self, default):
        return self.value

@dataclass(frozen=True)
class Err(Generic[E]):
    error: E
    def map(self, f):
        return self
    def bind(self, f):
        return self
    def unwrap_or(self, default):
        return default

Result = Union[Ok[T], Err[E]]

def parse_int(s: str) -> Result[int, str]:
    try:
        return Ok(int(s))
    except ValueError as e:
        return Err(str(e))

def positive(n: int) -> Result[int, str]:
    return Ok(n) if n > 0 else Err(f"{n} is not positive")

def reciprocal(n: int) -> Result[float, str]:
    return Ok(1 / n)

def pipeline(s: str) -> Result[float, str]:
    return parse_int(s).bind(positive).bind(reciprocal).map(lambda x: round(x, 4))

for raw in ["4", "0", "-2", "abc", "  8 ", "1_000", "3.5"]:
    r = pipeline(raw)
    match r:
        case Ok(value=v):
            print(f"{raw!r:>8} -> ok {v}")
        case Err(error=e):
            print(f"{raw!r:>8} -> error: {e}")

def collect(results: Iterable[Result[T, E]]) -> Result[list[T], list[E]]:
    oks, errs = [], []
    for r in results:
        (oks.append(r.value) if isinstance(r, Ok) else errs.append(r.error))
    return Err(errs) if errs else Ok(oks)

print(collect(parse_int(x) for x in ["1", "2", "3"]))
print(collect(parse_int(x) for x in ["1", "x", "y"]))
print(Ok(3) == Ok(3), Ok(3) == Err(3), hash(Ok(1)) == hash(Ok(1)), Ok[int], Result)
print(Err("boom").unwrap_or(0), Ok(5).unwrap_or(0))

def compose(*fs: Callable) -> Callable:
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(inc_then_double(4), repr(inc_then_double(0)))
print(typing_repr := repr(Result[int, str]))
