import json
import io
from dataclasses import dataclass, asdict
from enum import Enum

class Kind(Enum):
    A = "a"

@dataclass
class Order:
    id: int
    items: list
    kind: Kind

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Order):
            return {"__order__": True, **asdict(o)}
        if isinstance(o, Kind):
            return o.value
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

orders = [Order(1, ["x", "y"], Kind.A), Order(2, [], Kind.A)]
s = json.dumps(orders, cls=Enc, indent=2)
print(s)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
try:
    json.dumps({"s": {1, 2}}, cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)
def hook(d):
    if d.get("__order__"):
        return Order(d["id"], d["items"], Kind(d["kind"]))
    return d
print(json.loads(s, object_hook=hook))
print(list(Enc(indent=None).iterencode({"a": [1, 2]})))
buf = io.StringIO()
json.dump({"z": [1, {"y": None}]}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(Kind.A.value), json.dumps((1, 2)), json.dumps("tab\tquote\"back\\"), json.dumps({"k": b"x".decode()}))
try:
    json.dumps(b"x")
except TypeError as e:
    print(type(e).__name__, e)
class IntLike(int):
    pass
class FloatLike(float):
    def __repr__(self):
        return "nope"
print(json.dumps([IntLike(5), FloatLike(1.5), True, False]))
print(json.dumps({"a": 1, "b": 2}, indent=0), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({"b": {"d": 1, "c": 2}, "a": 0}, sort_keys=True, separators=(", ", ": "), indent=None))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("[1,2]", 0) if False else dec.raw_decode("  [1,2]".strip()))
try:
    dec.decode('{"a": 1} trailing')
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.msg)
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.dumps("\U0001F600"), json.dumps("\U0001F600", ensure_ascii=False))
print(json.loads(b'{"bytes": true}'), json.loads('  \n [ 1 , 2 ] \n'))
try:
    json.loads('["\\x"]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads('"line\nbreak"')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
print(json.loads('"line\nbreak"', strict=False))
try:
    json.loads(None)
except TypeError as e:
    print(type(e).__name__, e)
json.loads('{"a": [1, 2, {"b": }]}')
