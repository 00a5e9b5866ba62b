from enum import Enum, IntEnum, Flag, auto, unique
import itertools

class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

class Token(Base):
    NUMBER = auto()
    PLUS = auto()
    MINUS = auto()
    LPAREN = "("
    RPAREN = ")"
    END = auto()
print([(t.name, t.value) for t in Token])

class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
    HIGHER = auto()
print([(m.name, m.value) for m in Level])

class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()
print([(b.name, b.value) for b in Bits], Bits.A | Bits.D)

class Mixed(Enum):
    X = auto()
    Y = 5
    Z = auto()
print([(m.name, m.value) for m in Mixed])

class Str(str, Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.replace("_", "-").lower()
    CONTENT_TYPE = auto()
    USER_AGENT = auto()
print(list(Str), Str.CONTENT_TYPE == "content-type", Str("user-agent").name)

def tokenize(src: str):
    ops = {v.value: v for v in Token if not v.value[0].isalpha()}
    for ch in src.replace(" ", ""):
        if ch.isdigit():
            yield Token.NUMBER, ch
        elif ch == "+":
            yield Token.PLUS, ch
        elif ch == "-":
            yield Token.MINUS, ch
        elif ch in ops:
            yield ops[ch], ch
        else:
            raise SyntaxError(f"unexpected {ch!r}")
print([t.name for t, _ in tokenize("(1 + 2) - 3")])
try:
    list(tokenize("1 * 2"))
except SyntaxError as e:
    print(type(e).__name__, e)
groups = itertools.groupby(sorted(Level, key=lambda l: l >= 5), key=lambda l: l >= 5)
print([(k, [m.name for m in g]) for k, g in groups])
print(auto().__class__.__name__, Token.PLUS.value, Level.HIGHER > Level.HIGH)
try:
    @unique
    class Dupes(Enum):
        A = auto()
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
