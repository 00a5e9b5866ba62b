from __future__ import annotations
import inspect
import typing
from typing import Optional, Union, get_type_hints
from dataclasses import dataclass, fields

class Base:
    a: int
    b: "str" = "x"

class Derived(Base):
    c: list[int]
    d: Optional[Derived] = None

def func(x: int, y: list[str] | None = None, *args: float, z: dict[str, int] = {}, **kw: bool) -> tuple[int, ...]:
    return (x,)

print(Base.__annotations__)
print(Derived.__annotations__)
print(get_type_hints(Derived))
print(func.__annotations__)
print(get_type_hints(func))
sig = inspect.signature(func)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:5} kind={p.kind.name:22} default={p.default!r:8} annotation={p.annotation!r}")
print(repr(sig.return_annotation))
print(inspect.get_annotations(func))
print(inspect.get_annotations(func, eval_str=True))

@dataclass
class Rec:
    id: int
    tags: list[str]
    parent: Optional[Rec] = None
print([(f.name, f.type) for f in fields(Rec)])
print(get_type_hints(Rec))
print(inspect.signature(Rec))

def g(a, /, b, *, c): ...
print(inspect.signature(g), [p.kind for p in inspect.signature(g).parameters.values()])
def h(a=1, *args, b, c=2, **kw) -> None: ...
print(inspect.signature(h))
print(str(inspect.signature(lambda x, *, y=3: 0)))
s = inspect.signature(h)
print(s.bind(1, b=2), s.bind(b=5).arguments)
ba = s.bind(10, 20, 30, b=1, z=9)
print(ba.args, ba.kwargs, ba.arguments)
ba2 = s.bind(b=1)
ba2.apply_defaults()
print(ba2.arguments)
try:
    s.bind()
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(g).bind(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int))
print(s.replace(return_annotation=int))
new = s.replace(parameters=[inspect.Parameter("q", inspect.Parameter.POSITIONAL_ONLY)])
print(new)
print(inspect.signature(Base), inspect.signature(int.__add__) if False else "")
print(typing.get_type_hints(Base.__init__) if False else "no init hints")
class WithInit:
    def __init__(self, v: int, *, w: str = "q") -> None: ...
print(inspect.signature(WithInit), get_type_hints(WithInit.__init__))
