from dataclasses import dataclass
from collections import namedtuple
from enum import Enum
import json

class Kind(Enum):
    BUY = "buy"
    SELL = "sell"

@dataclass
class Trade:
    kind: Kind
    symbol: str
    qty: int
    price: float = 0.0

Quote = namedtuple("Quote", "symbol bid ask")

events = [
    Trade(Kind.BUY, "ACME", 10, 12.5), Trade(Kind.SELL, "ACME", 4, 13.0), Quote("ACME", 12.9, 13.1),
    {"type": "dividend", "symbol": "ACME", "amount": 0.25}, {"type": "split", "symbol": "ACME", "ratio": [2, 1]},
    {"type": "split", "symbol": "XYZ"}, ("halt", "XYZ"), ("resume", "XYZ", "09:30"), [1, 2, 3, 4, 5], "noise", 42, 3.5, None,
    Trade(Kind.BUY, "BIG", 1000, 1.0), {"type": "dividend", "amount": "oops"},
]
position = {}
for ev in events:
    match ev:
        case Trade(kind=Kind.BUY, symbol=s, qty=q, price=p) if q >= 1000:
            print(f"large buy {s} {q}@{p}")
        case Trade(Kind.BUY, s, q, p):
            position[s] = position.get(s, 0) + q
            print(f"buy {s} {q}@{p:.2f}")
        case Trade(kind=Kind.SELL, symbol=s, qty=q):
            position[s] = position.get(s, 0) - q
            print(f"sell {s} {q}")
        case Quote(symbol, bid, ask) if ask - bid < 0.5:
            print(f"tight quote {symbol} spread={ask - bid:.2f}")
        case {"type": "dividend", "symbol": str(sym), "amount": float(amt)}:
            print(f"dividend {sym} {amt}")
        case {"type": "split", "ratio": [int(a), int(b)], **rest}:
            print(f"split {a}:{b} rest={rest}")
        case {"type": "split"}:
            print("split without ratio:", ev)
        case ("halt" | "resume") as action, sym, *more:
            print(action, sym, more)
        case [first, second, *middle, last]:
            print("list", first, second, middle, last)
        case str() | bytes():
            print("text", repr(ev))
        case int(n) | float(n) if n > 10:
            print("big number", n)
        case None:
            print("none!")
        case {"type": t, **kw}:
            print("unhandled type", t, kw)
        case other:
            print("other", type(other).__name__, other)
print(position)
print(Trade.__match_args__, Quote.__match_args__)
def parse_cmd(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"move {d}"
        case ["pick", "up", *items] if items:
            return f"pick {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return f"unknown {cmd!r}"
for l in ["", "go north", "go up", "pick up sword shield", "pick up", "exit", "dance now"]:
    print(repr(l), "->", parse_cmd(l))
cfg = json.loads('{"version": 2, "db": {"host": "h", "port": 5432}}')
match cfg:
    case {"version": 1}:
        print("v1")
    case {"version": 2, "db": {"host": host, "port": int(port)}}:
        print("v2", host, port)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
match Point(1, 2):
    case Point(x=0):
        print("on axis")
    case Point(x=1, y=yy):
        print("x is one, y", yy)
match Point(1, 2):
    case Point(1, 2):
        print("positional?")
