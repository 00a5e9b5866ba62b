# get_type_hints evaluates strings nested in builtin generics and unions, and a string that
# evaluates to None means NoneType, as CPython's ForwardRef._evaluate
from typing import get_type_hints, Optional

def f(a: "None", b: "Optional['int']", c: "'str'") -> "None": ...
print(get_type_hints(f))

class K:
    x: "None"
    y: "list['K']"
print(get_type_hints(K))

class N:
    a: "list['N'] | None"
    b: "dict[str, 'N']"
    c: "tuple[()]"
    d: "tuple['int', ...]"
    e: dict["str", list["N"]]
    f: "set[frozenset['int']]"
print(get_type_hints(N))

def g(x: "3", y: "'float'"): ...
print(get_type_hints(g))

def h(x: "(int, str)"): ...
try:
    get_type_hints(h)
except TypeError as e:
    print(type(e).__name__, e)
