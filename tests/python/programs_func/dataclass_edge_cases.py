# Edge cases of dataclass edge cases, each printed as label -> result or label !! error.
import dataclasses as dc
from dataclasses import dataclass, field
import copy, pickle, weakref
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
@dataclass(frozen=True, slots=True)
class F:
    a: int
    b: tuple = ()
@dataclass(slots=True, weakref_slot=True)
class W:
    v: int
t("copy", lambda: copy.copy(P(1, 2)))
t("deepcopy", lambda: copy.deepcopy(F(1, (2, [3]))))
t("pickle", lambda: pickle.loads(pickle.dumps(P(3))))
t("pickle frozen slots", lambda: pickle.loads(pickle.dumps(F(3, (1,)))))
t("weakref", lambda: weakref.ref(W(1)) is not None)
t("weakref no slot", lambda: weakref.ref(F(1)))
t("frozen setattr", lambda: setattr(F(1), "a", 2))
t("frozen slots hash", lambda: hash(F(1)) == hash(F(1)))
t("replace frozen", lambda: dc.replace(F(1, (2,)), a=5))
t("asdict frozen", lambda: dc.asdict(F(1, (P(1), [P(2)]))))
t("astuple", lambda: dc.astuple(P(1, 2)))
t("asdict dict_factory", lambda: dc.asdict(P(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
t("fields class", lambda: [f.name for f in dc.fields(P)])
t("fields bad", lambda: dc.fields(1))
t("is_dataclass", lambda: (dc.is_dataclass(P), dc.is_dataclass(P(1)), dc.is_dataclass(int)))
t("eq other type", lambda: P(1) == F(1))
t("lt unordered", lambda: P(1) < P(2))
t("repr recursive", lambda: (lambda p: (setattr(p, "y", p), repr(p))[1])(P(1)))
t("slots", lambda: F.__slots__)
t("match_args", lambda: (P.__match_args__, F.__match_args__))
t("params", lambda: P.__dataclass_params__)
t("field repr", lambda: repr(dc.fields(P)[1]).replace("<dataclasses._MISSING_TYPE object", "MISSING").split(" at 0x")[0][:60])
t("make_dataclass", lambda: dc.make_dataclass("Z", ["a", ("b", int), ("c", int, field(default=3))], bases=(), frozen=True)(1, 2))
t("make_dataclass bad name", lambda: dc.make_dataclass("Z", ["class"]))
t("make_dataclass dup", lambda: dc.make_dataclass("Z", ["a", "a"]))
t("field kw+default_factory", lambda: field(default=1, default_factory=list))
t("init=False no default", lambda: dc.dataclass(type("Q", (), {"__annotations__": {"a": int}, "a": field(init=False)}))())
t("post_init order", lambda: dc.dataclass(type("R", (), {"__annotations__": {"a": int}, "__post_init__": lambda self: print("post", self.a)}))(5))
t("mutable default set", lambda: dc.dataclass(type("S", (), {"__annotations__": {"a": set}, "a": set()})))
t("mutable default dict", lambda: dc.dataclass(type("S", (), {"__annotations__": {"a": dict}, "a": {}})))
t("unhashable default ok tuple", lambda: dc.dataclass(type("S", (), {"__annotations__": {"a": tuple}, "a": ()}))())
@dataclass
class Base:
    a: int
    b: int = 1
t("inherit no default after default", lambda: dc.dataclass(type("C", (Base,), {"__annotations__": {"c": int}})))
t("frozen inherit nonfrozen", lambda: dc.dataclass(frozen=True)(type("D", (Base,), {"__annotations__": {"c": int}, "c": 0})))
@dataclass
class Ord:
    a: int
t("order eq false", lambda: dc.dataclass(order=True, eq=False)(type("E", (), {"__annotations__": {}})))
t("order override", lambda: dc.dataclass(order=True)(type("G", (), {"__annotations__": {"a": int}, "__lt__": lambda s, o: True})))
t("InitVar in fields", lambda: [f.name for f in dc.fields(dc.dataclass(type("H", (), {"__annotations__": {"a": int, "b": dc.InitVar[int]}, "__post_init__": lambda s, b: None})))])
t("InitVar repr", lambda: repr(dc.InitVar[int]))
t("FrozenInstanceError base", lambda: dc.FrozenInstanceError.__mro__[1].__name__)
t("MISSING type", lambda: type(dc.MISSING).__name__)
t("field default None", lambda: dc.fields(dc.dataclass(type("I", (), {"__annotations__": {"a": "int"}, "a": None})))[0].default)
t("unsafe_hash with frozen", lambda: hash(dc.dataclass(unsafe_hash=True, frozen=True)(type("J", (), {"__annotations__": {"a": int}}))(1)) == hash((1,)))
t("eq tuple compare", lambda: P(1, 2) == P(1, 2) and P(1, 2) != P(2, 1))
t("replace initvar missing", lambda: dc.replace(dc.dataclass(type("K", (), {"__annotations__": {"a": int, "b": dc.InitVar[int]}, "__post_init__": lambda s, b: None}))(1, 2), a=3))
t("replace init false", lambda: dc.replace(dc.dataclass(type("L", (), {"__annotations__": {"a": int, "b": int}, "b": field(init=False, default=0)}))(1), b=3))
