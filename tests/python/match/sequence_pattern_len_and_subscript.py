# Sequence patterns call len() first and do not iterate a subject of the wrong length; [_, *_] reads nothing; around a *_ items are read by index (after the star: len(s) - k), else the subject is unpacked; keyword patterns on properties
import collections.abc
class Traced(collections.abc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i):
        print(f"  [{i}]", end="")
        return self.items[i]
    def __len__(self):
        print("  len", end="")
        return len(self.items)
def run(pattern_name, subject):
    print(pattern_name, end=":")
    match subject:
        case [1, 2, 3] if pattern_name == "exact3":
            r = "exact"
        case [_, _] if pattern_name == "two wild":
            r = "two wildcards"
        case [a, *_, b] if pattern_name == "ends":
            r = f"ends {a} {b}"
        case [*_] if pattern_name == "star only":
            r = "star only"
        case [x, *rest] if pattern_name == "head rest":
            r = f"head {x} rest {rest}"
        case [_, *_, _, z] if pattern_name == "last":
            r = f"last {z}"
        case [*_, _] if pattern_name == "star wild then wild":
            r = "swild"
        case _:
            r = "no match"
    print(" ->", r)
t = Traced(1, 2, 3, 4)
for name in ["exact3", "two wild", "ends", "star only", "head rest", "last", "star wild then wild", "other"]:
    run(name, t)
run("exact3", Traced(1, 2, 3))
run("two wild", Traced(1, 2))
run("ends", Traced(9))
match range(10):
    case [0, 1, *_, 9]:
        print("range ends")
match (1, 2, 3):
    case [a, *_, c]:
        print("tuple", a, c)
match [1, [2, 3]]:
    case [_, [_, y]]:
        print("nested", y)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x): self.x = x
    @property
    def y(self): raise AttributeError("no y")
class Q:
    __match_args__ = ("v",)
    @property
    def v(self): raise ValueError("boom in v")
def m(o):
    match o:
        case P(1, 2): return "P12"
        case P(x=1): return "P x=1"
        case Q(v=1): return "Q"
        case _: return "none"
print(m(P(1)), m(P(2)))
try:
    m(Q())
except ValueError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs2:
    __match_args__ = (1,)
try:
    match BadArgs2():
        case BadArgs2(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return True
class Any_(metaclass=M):
    __match_args__ = ()
match 3:
    case Any_():
        print("matched via metaclass")
import collections.abc
class MyMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)
match MyMap({"a": 1, "b": 2}):
    case {"a": 1, **rest}:
        print("rest", rest)
class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        print("seq getitem", i)
        return [10, 20, 30][i]
    def __len__(self):
        print("seq len")
        return 3
match Seq():
    case [a, *b]:
        print(a, b)
match Seq():
    case [_, _, x]:
        print("third", x)
