from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5, 2.5)
print(c)
try:
    c.lat = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    c.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
print(hash(c) == hash((1.5, 2.5)))
print({c: 'here'}[Coord(1.5, 2.5)])
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))

try:
    @dataclass
    class Sub(Coord):
        z: int = 0
except TypeError as e:
    print(e)


@dataclass
class Mutable:
    a: int


try:
    @dataclass(frozen=True)
    class Sub2(Mutable):
        b: int = 0
except TypeError as e:
    print(e)


@dataclass(frozen=True)
class Sub3(Coord):
    alt: int = 9


s = Sub3(1, 2)
print(s)
try:
    s.alt = 1
except FrozenInstanceError as e:
    print(e)
