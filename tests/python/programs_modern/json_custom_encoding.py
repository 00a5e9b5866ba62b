import json
from dataclasses import dataclass, asdict, field, is_dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from uuid import UUID
from typing import Any

class Role(Enum):
    ADMIN = "admin"
    USER = "user"

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    id: UUID
    name: str
    born: date
    role: Role
    balance: Decimal
    address: Address
    tags: set[str] = field(default_factory=set)

class Encoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if is_dataclass(o):
            return asdict(o)
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, UUID):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

p = Person(UUID("12345678-1234-5678-1234-567812345678"), "Ann", date(1990, 5, 17), Role.ADMIN,
           Decimal("1234.50"), Address("Oslo", "0150"), {"x", "a"})
s = json.dumps(p, cls=Encoder, indent=2)
print(s)
back = json.loads(s)
print(back["address"], back["role"], type(back["balance"]).__name__)

def hook(d):
    if set(d) == {"city", "zip"}:
        return Address(**d)
    return d
print(json.loads(s, object_hook=hook)["address"])
print(json.loads('{"a": 1.10, "b": 2}', parse_float=Decimal, parse_int=lambda x: int(x) * 10))
print(json.loads('[1, 2]', object_pairs_hook=lambda p: p), json.loads('{"x": {"y": 1}}', object_pairs_hook=lambda p: dict(p, seen=True)))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, sort_keys=True, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t"))
print(json.dumps("é ✓ \u2028", ensure_ascii=False), json.dumps("é ✓"), json.dumps({1: 2, True: 3, None: 4, 1.5: 5}))
print(json.dumps([float("inf"), float("nan")]))
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps(p)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '{"a" 1}', "", "nul", '"\\x"', "[1] x", '{"a":1}{']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(Role.USER.value), json.dumps(3.0), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20))
class IntLike(int): pass
print(json.dumps(IntLike(5)), json.dumps({"k": (1, 2)}), json.loads("1e2"), json.loads("-0"))
