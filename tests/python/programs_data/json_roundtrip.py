import json
from decimal import Decimal
from datetime import date

record = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.1, "ok": True, "none": None,
          "nested": {"b": 2, "a": 1}, "unicode": "caf\u00e9 \u2603"}
print(json.dumps(record))
print(json.dumps(record, sort_keys=True))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record, indent="\t", ensure_ascii=False)[:60])
print(json.dumps(record, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"d": date(2024, 1, 2)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))

def default(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")

print(json.dumps({"when": date(2024, 3, 1), "amt": Decimal("1.10"), "tags": {3, 1, 2}}, default=default))
text = '{"a": 1, "b": [1.5, 2e3, -0.0], "c": "\\u00e9\\n", "d": null}'
obj = json.loads(text)
print(obj)
print(json.loads(text, parse_float=Decimal))
print(json.loads('[1, 2]', parse_int=float))
print(json.loads('{"x": 1, "x": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("NaN"), json.loads("-Infinity"))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "[1] x", '"abc', "tru", '{"a":\n  01}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, "|", e.pos, e.lineno, e.colno)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
print(json.dumps("\x00\x1f\u2028 </script>"))
print(json.dumps(3.0), json.dumps(1e100), json.dumps(1/3), json.dumps(10**20))
json.loads('{"unterminated": [1, 2, 3}')
