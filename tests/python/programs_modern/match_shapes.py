from dataclasses import dataclass
from enum import Enum

class Op(Enum):
    ADD = "+"
    MUL = "*"

@dataclass
class Num:
    value: float

@dataclass
class BinOp:
    op: Op
    left: object
    right: object

@dataclass
class Neg:
    operand: object

def evaluate(node):
    match node:
        case Num(value=v):
            return v
        case BinOp(Op.ADD, l, r):
            return evaluate(l) + evaluate(r)
        case BinOp(op=Op.MUL, left=Num(0)) | BinOp(op=Op.MUL, right=Num(0)):
            return 0
        case BinOp(Op.MUL, l, r):
            return evaluate(l) * evaluate(r)
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case _:
            raise ValueError(f"bad node {node!r}")

tree = BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Neg(Neg(Num(4)))))
print(tree)
print(evaluate(tree))
print(evaluate(BinOp(Op.MUL, Num(0), Num(99))))
try:
    evaluate("x")
except ValueError as e:
    print(e)

def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"cannot go {' '.join(rest)!r}"
        case ["pick", "up", item] if item != "rock":
            return f"picked {item}"
        case ["pick", "up", _]:
            return "too heavy"
        case [verb, *args] if len(args) > 2:
            return f"{verb} with {len(args)} args"
        case [single]:
            return f"just {single}"
        case _:
            return "unknown"

for c in ["", "go north", "go up there", "pick up key", "pick up rock", "say a b c", "look", "a b"]:
    print(repr(c), "->", describe(c))

def config(d):
    match d:
        case {"type": "db", "host": str(h), "port": int(p), **rest}:
            return f"db {h}:{p} extra={rest}"
        case {"type": "cache", "size": int() | float() as s}:
            return f"cache {s}"
        case {"type": t}:
            return f"unknown type {t}"
        case dict() if not d:
            return "empty dict"
        case _:
            return "not a config"

for d in [{"type": "db", "host": "h", "port": 5, "x": 1}, {"type": "cache", "size": 2.5},
          {"type": "cache", "size": "big"}, {}, [], {"type": "db", "host": "h", "port": "5"}]:
    print(config(d))

def kind(x):
    match x:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case str() as s if s.isdigit():
            return "digit string"
        case (1, 2) | [3, 4]:
            return "special pair"
        case (a, b):
            return f"pair {a},{b}"
        case Op.ADD:
            return "plus op"
        case None:
            return "none"
        case _:
            return type(x).__name__
for v in [True, -3, 7, "42", "x", (1, 2), [3, 4], (5, 6), "ab", Op.ADD, Op.MUL, None, 1.5]:
    print(repr(v), kind(v))
