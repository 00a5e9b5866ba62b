from dataclasses import dataclass, field, fields, KW_ONLY, make_dataclass


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print(e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5


print(Mixed(1, b=2), Mixed.__match_args__)
try:
    Mixed(1, 2)
except TypeError as e:
    print(e)
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class PerField:
    a: int = 0
    b: int = field(kw_only=True)


print(PerField(b=1), PerField(5, b=6))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError:
    print('no new attributes')


@dataclass(frozen=True, slots=True)
class FrozenSlotted:
    x: int


print(FrozenSlotted(3), hash(FrozenSlotted(3)) == hash((3,)))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))],
                   namespace={'double': lambda self: self.a * 2})
c = C(4, 5)
print(c, c.double(), [f.name for f in fields(C)])
E = make_dataclass('E', [('x', int)], order=True)
print(E(1) < E(2))
