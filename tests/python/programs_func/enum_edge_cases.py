# Edge cases of enum edge cases, each printed as label -> result or label !! error.
import enum, pickle, copy
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, property as eprop
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class C(Enum):
    A = 1
    B = 2
class N(IntEnum):
    X = 1
    Y = 2
class F(Flag):
    R = 1
    W = 2
    X = 4
t("pickle", lambda: pickle.loads(pickle.dumps(C.A)) is C.A)
t("copy", lambda: copy.copy(C.A) is C.A and copy.deepcopy(C.B) is C.B)
t("dir", lambda: sorted(d for d in dir(C.A) if not d.startswith("__")))
t("dir class", lambda: dir(C))
t("members proxy", lambda: type(C.__members__).__name__)
t("set member", lambda: setattr(C, "A", 5))
t("del member", lambda: delattr(C, "A"))
t("new attr on class", lambda: (setattr(C, "extra", 5), C.extra)[1])
t("instantiate Enum", lambda: Enum())
t("call with names", lambda: list(C("Z", "P Q")))
t("value attr set", lambda: setattr(C.A, "value", 3))
t("name attr set", lambda: setattr(C.A, "_name_", "Q") or C.A.name)
t("verify unique", lambda: verify(UNIQUE)(Enum("V", {"a": 1, "b": 1})))
t("verify continuous", lambda: verify(CONTINUOUS)(IntEnum("V", {"a": 1, "b": 3})))
t("verify named flags", lambda: verify(NAMED_FLAGS)(Flag("V", {"a": 1, "b": 2, "c": 7})))
class M(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(self):
        return 1
t("str enum auto", lambda: list(StrEnum("S", "ALPHA BETA")))
t("strenum bad value", lambda: StrEnum("S", {"a": 1}))
t("IntEnum str", lambda: (str(N.X), format(N.X), f"{N.X!s}", repr(N.X)))
t("flag bool ops", lambda: (F.R | F.W, F.R & F.W, F.R ^ F.R, ~F.R))
t("flag int ops", lambda: F.R | 2)
t("flag contains int", lambda: 1 in F.R)
t("flag iteration", lambda: list(F(7)))
t("flag len", lambda: (len(F(7)), len(F(0))))
t("flag name", lambda: (F(3).name, F(0).name))
t("intflag neg", lambda: (IntFlag("I", "A B")(-1), repr(IntFlag("I", "A B")(-1))))
t("enum hash", lambda: hash(C.A) == hash(C.A._name_))
t("enum ==", lambda: (C.A == 1, N.X == 1, C.A == C.A))
t("enum lt", lambda: C.A < C.B)
t("intenum lt", lambda: N.X < N.Y)
t("bool enum", lambda: (bool(C.A), bool(N.X)))
t("enum class repr", lambda: (repr(C), str(C), C.__name__, C.__qualname__))
t("enum members order", lambda: [m for m in reversed(C)])
t("enum missing value", lambda: C(3))
t("enum missing value str", lambda: C("A"))
t("enum missing name", lambda: C["Z"])
t("enum getattr", lambda: getattr(C, "B"))
t("enum value alias", lambda: Enum("Al", {"a": 1, "b": 1}).b)
t("enum docs", lambda: C.__doc__)
t("intenum docs", lambda: (N.__doc__, N.X.__doc__))
t("auto repr", lambda: repr(auto()))
t("enum in set", lambda: {C.A, C.A, C.B} == {C.A, C.B})
t("_value_ vs value", lambda: (C.A._value_, C.A.value, C.A._name_))
t("enum types", lambda: (type(C.A), type(C), isinstance(C.A, C), issubclass(C, Enum)))
t("EnumMeta alias", lambda: enum.EnumMeta is enum.EnumType)
t("global enum", lambda: hasattr(enum, "global_enum"))
t("show_flag_values", lambda: enum.show_flag_values(7) if hasattr(enum, "show_flag_values") else None)
t("ReprEnum", lambda: (repr(enum.ReprEnum), issubclass(IntEnum, enum.ReprEnum)))
t("IntFlag str", lambda: (str(IntFlag("Q", "A B").A), format(IntFlag("Q", "A B")(3))))
t("Enum format spec", lambda: format(C.A, ">5"))
t("enum with tuple", lambda: Enum("TT", [("A", (1, 2))]).A.value)
t("enum._missing_ default", lambda: C._missing_(5))
t("Flag(0) repr", lambda: (repr(F(0)), str(F(0))))
t("Flag pseudo members", lambda: (F(3) is F(3), repr(F(3))))
t("enum int() of plain", lambda: int(C.A))
