import json
from dataclasses import dataclass, asdict, field
from enum import Enum

class Color(Enum):
    RED = "red"
    BLUE = "blue"

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    color: Color = Color.RED

def encode(o):
    if isinstance(o, Enum):
        return {"__enum__": f"{type(o).__name__}.{o.name}"}
    if isinstance(o, Item):
        return {"__item__": asdict(o)}
    raise TypeError(repr(o))

def decode(d):
    if "__enum__" in d:
        cls, name = d["__enum__"].split(".")
        return Color[name]
    if "__item__" in d:
        return Item(**d["__item__"])
    return d

items = [Item("pen", 1.5, ["office"]), Item("cup", 4.25, color=Color.BLUE)]
text = json.dumps(items, default=encode, indent=2)
print(text)
back = json.loads(text, object_hook=decode)
print(back)
print(back == items)
inventory = {"items": [asdict(i) | {"color": i.color.value} for i in items], "count": 2, "ok": True}
s = json.dumps(inventory, sort_keys=True)
print(s)
print(json.loads(s) == inventory)
print(json.dumps({"float": 3.0, "exp": 1e-7, "big": 1.7976931348623157e308, "neg0": -0.0, "int_big": 2**70}))
print(json.loads('{"a": 1e400, "b": -1e400, "c": 1E2, "d": 0.000001}'))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps({"a": {"b": {}}, "c": []}, indent=2))
print(json.dumps("tab\there", ensure_ascii=False), json.dumps("\u00e9\u4e2d\U0001F600"))
print(json.loads(json.dumps("\u00e9\u4e2d\U0001F600")))
print(json.dumps(dict(zip("abc", range(3))), separators=(",", ":"), sort_keys=True))
print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("null"), json.loads("true"))
nested = json.loads('{"users": [{"name": "a", "roles": ["x", "y"]}, {"name": "b", "roles": []}]}')
for u in nested["users"]:
    print(u["name"], len(u["roles"]), ",".join(u["roles"]) or "-")
print(json.dumps(Color.RED.value), json.dumps(True + 1), json.dumps([None] * 2))
class Flag(int):
    pass
print(json.dumps(Flag(3)), json.dumps({"k": Flag(4)}))
class Name(str):
    pass
print(json.dumps(Name("x")), json.dumps({Name("k"): 1}))
