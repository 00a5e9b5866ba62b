import json
from decimal import Decimal
from datetime import date

data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True},
        "empty": {}, "elist": [], 2: "int key", "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"d": 4, "c": 3}]}, sort_keys=True, indent=0))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")))
print(json.dumps({"a": 1, "b": 2}, separators=(";", "=")))
print(json.dumps({"a": [1, 2]}, indent=4, separators=(",", ": ")))
print(json.dumps("\u2603 \n \t \" \\ \x00 \x7f \ud83d"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20), json.dumps(True))
def default(o):
    if isinstance(o, (Decimal,)):
        return str(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")
print(json.dumps({"d": Decimal("1.10"), "when": date(2020, 5, 17), "s": {3, 1, 2}}, default=default))
try:
    json.dumps({"x": object()}, default=default)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({1.5: "f", True: "t", None: "n"}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc))
print(Enc(indent=1).encode({"k": [1]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
try:
    Enc().encode(object())
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
import io
buf = io.StringIO()
json.dump({"z": 1, "y": [True, False]}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
print(json.dumps("abc", ensure_ascii=True), json.dumps("é"), json.dumps("😀"))
