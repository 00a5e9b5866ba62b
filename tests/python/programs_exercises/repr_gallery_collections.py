# How solutions' return values print: reprs of the containers exercises return
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from fractions import Fraction
from decimal import Decimal

Pair = namedtuple("Pair", "left right")


@dataclass
class Result:
    ok: bool
    values: list = field(default_factory=list)
    ratio: Fraction = Fraction(0)


class Dir(Enum):
    N = "north"
    S = "south"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


samples = [
    frozenset({3, 1, 2}), frozenset(), {frozenset({1, 2}): "fs key"}, [set(), frozenset({0})],
    deque([1, [2, 3], (4,)]), deque(maxlen=2), deque("abc", maxlen=5),
    Counter("banana"), Counter({"x": 0, "y": -1}), Counter(),
    defaultdict(int, {"a": 1}), defaultdict(list), defaultdict(Counter, {"k": Counter("aab")}),
    OrderedDict(b=1, a=2), OrderedDict(),
    ChainMap({"a": 1}, {"b": 2}),
    Pair(1, Pair(2, None)), [Pair("x", [1])],
    Result(True, [1, 2], Fraction(3, 4)), [Result(False)],
    Dir.N, [Dir.S], {Dir.N: 1}, Level.HIGH, [Level.LOW, 3],
    Fraction(-6, 4), [Fraction(1, 3), Decimal("0.10")], {Decimal("1"): Fraction(2)},
    (1,), ((),), [(), [()]], {(1, 2): [3, {4: (5,)}]},
    [1.0, 1e100, 1e-7, -0.0, float("inf"), float("nan")], [1 + 2j, -1j, complex(1, -0.0)],
    [True, None, ..., NotImplemented], ["a'b", 'a"b', "a'\"b", "\n\t\\", "\x00\x7f\xa0é€😀"],
    [b"", b"\x00'\"", bytearray(b"xy"), memoryview(b"z").tobytes()],
    range(0, 10, 3), [range(5), slice(1, None, 2)], {"k": range(2)},
    [int, str, Pair, Counter, type(None)],
]
for s in samples:
    print(type(s).__name__, s, str(s) == repr(s), sep=" | ")
print(str(Dir.N), repr(Dir.N), f"{Dir.N}", Dir.N.name, Dir.N.value, str(Level.HIGH), f"{Level.HIGH}", Level.HIGH + 1)
print(list(Counter("abracadabra").items()), list(deque([1, 2]).__reversed__()), sorted(frozenset("hello")))
print(Pair._make((1, 2))._asdict(), Result(True) == Result(True), Result(True, [1]) == Result(True, [2]))
