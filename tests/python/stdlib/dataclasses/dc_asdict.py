from dataclasses import dataclass, field, asdict, astuple, replace
from collections import namedtuple, OrderedDict

Pair = namedtuple('Pair', 'a b')


@dataclass
class Inner:
    v: int
    w: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: Pair
    tup: tuple = ()


o = Outer('o', Inner(1, [1, 2]), [Inner(2), 3], {'k': Inner(3)}, Pair(Inner(4), 5), (Inner(6),))
d = asdict(o)
print(d)
print(astuple(o))
print(type(d['pair']).__name__, d['pair'].a)
d['inner']['w'].append(99)
print(o.inner.w)
print(asdict(Inner(1), dict_factory=OrderedDict))
print(astuple(Inner(7, [8]), tuple_factory=list))
try:
    asdict(Inner)
except TypeError as e:
    print(e)
try:
    astuple(3)
except TypeError as e:
    print(e)

r = replace(o.inner, v=100)
print(r, r is o.inner, r.w is o.inner.w)
try:
    replace(o.inner, nope=1)
except TypeError as e:
    print(e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=5)


try:
    replace(NoInit(1), b=2)
except ValueError as e:
    print(e)
print(replace(NoInit(1), a=3))
