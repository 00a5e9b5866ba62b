"""from __future__ import annotations (PEP 563): annotations are kept as strings, never evaluated."""
from __future__ import annotations

import typing


def f(x: int, y: Undefined, *args: tuple[int, ...], z: list[dict[str, int]] = None, **kw: "quoted") -> Node:
    return x


print(f.__annotations__)


class Node:
    value: int
    next: Node | None = None
    weights: dict[str, float]
    callback: typing.Callable[[int, str], bool]

    def link(self, other: Node) -> Node:
        return other


print(Node.__annotations__)
print(Node.link.__annotations__)
print(typing.get_type_hints(Node.link))

# Every expression form, printed back with the fewest parentheses precedence needs.
def g(a: (1 + 2) * 3, b: 1 + 2 * 3, c: -x ** 2, d: (-x) ** 2, e: a if b else c, f: lambda p, q=1, *r, s, **t: p,
      g: not a or b and c, h: a < b <= c, i: x[1:2, ::3], j: x[(1,)], k: {1: 2, **m}, l: {1, 2},
      m: [i for i in range(3) if i], n: (y for y in z), o: f(*a, b=1, **c), p: 1 .real, q: (1, 2),
      r: (), s: x[a:b], t: ..., u: 1e400, v: b"bytes", w: 'it''s', x2: a @ b | c ^ d & e << f,
      z: f(i for i in x), aa: {k: v for k, v in w}, bb: a.b.c(d)[e], cc: ~a,
      dd: 2 ** -1, ee: (a, *b), ff: a not in b is not c, gg: f"x{y!r:>{w}}z", hh: None, ii: True):
    pass


for name, text in g.__annotations__.items():
    print(name, "=", text)


x: SomethingUndefined = 5
print(__annotations__)


class Holder:
    def __init__(self):
        self.attr: NotDefinedEither = 3


print(Holder().attr)
