from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

    def apply(self, a, b):
        match self:
            case Op.ADD:
                return a + b
            case Op.SUB:
                return a - b
            case Op.MUL:
                return a * b
            case Op.DIV:
                if b == 0:
                    raise ZeroDivisionError(f"{a} {self.value} {b}")
                return a / b

def evaluate(tokens):
    stack = []
    for t in tokens:
        try:
            op = Op(t)
        except ValueError:
            stack.append(float(t))
            continue
        b, a = stack.pop(), stack.pop()
        stack.append(op.apply(a, b))
    return stack[-1]

for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * /", "1 0 /"]:
    try:
        print(expr, "=", evaluate(expr.split()))
    except ZeroDivisionError as e:
        print(expr, "error:", e)

class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40

def describe(level):
    match level:
        case Level.DEBUG | Level.INFO:
            return "quiet"
        case 30:
            return "int-matched warn"
        case Level():
            return f"loud {level.name}"
        case int(n) if n > 40:
            return f"beyond ({n})"
        case _:
            return "other"
print([describe(x) for x in (Level.DEBUG, Level.WARN, Level.ERROR, 50, 5, "x")])
print(Level.WARN == 30, Level(20), Level.INFO + 5, sorted([Level.ERROR, Level.DEBUG]), Level["INFO"] > Level.DEBUG)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

def check(p):
    match p:
        case Perm.R:
            return "read only"
        case p if Perm.W in p and Perm.X in p:
            return f"write+exec ({p.name})"
        case p if Perm.W in p:
            return "writable"
        case _:
            return f"other {p!r}"
print([check(p) for p in (Perm.R, Perm.R | Perm.W, Perm.W | Perm.X, Perm.X, Perm(0))])

@dataclass(frozen=True)
class Cmd:
    op: Op
    args: tuple = ()

def run(cmd):
    match cmd:
        case Cmd(Op.ADD | Op.MUL as op, (a, b)):
            return f"{op.name.lower()}: {op.apply(a, b)}"
        case Cmd(op=Op.SUB, args=(a, *rest)):
            return f"sub from {a} with {rest}"
        case Cmd(op):
            return f"unhandled {op}"
print([run(c) for c in (Cmd(Op.ADD, (2, 3)), Cmd(Op.MUL, (4, 5)), Cmd(Op.SUB, (9, 1, 2)), Cmd(Op.DIV))])
print(Cmd(Op.ADD), hash(Cmd(Op.ADD)) == hash(Cmd(Op.ADD)), Op.ADD in {Op.ADD: 1})
