# Loading JSON configuration snippets: decode errors report message, line, column and position.
import json

SNIPPETS = [
    '{"name": "app", "port": 8080}',
    '{"name": "app", "port": 8080,}',
    "{'name': 'app'}",
    '{"name": "app" "port": 1}',
    '[1, 2, 3',
    '',
    '   ',
    '{"a": tru}',
    '{"a": 1}\n{"b": 2}',
    '{\n  "a": 1,\n  "b": [1, 2,\n  ]\n}',
    '"unterminated',
    '{"bad": "esc\\q"}',
    '{"n": 01}',
    '{"n": -}',
    'NaN',
    '[Infinity, -Infinity]',
    '{"a": "tab\there"}',
    '{1: 2}',
    '[1] // comment',
    '\ufeff{"bom": 1}',
]
for text in SNIPPETS:
    try:
        print(repr(text)[:30], "->", json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text)[:30], "->", f"{e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
        print("    str:", e)

for obj in [{"a": {1, 2}}, {"when": object}, {(1, 2): "t"}, {None: 1, True: 2, 1.5: 3}, [float("nan")], b"bytes"]:
    try:
        print(json.dumps(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = {}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads(b"\xff\xfe{}")
except (json.JSONDecodeError, UnicodeDecodeError) as e:
    print(type(e).__name__, e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=2))
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
config = json.loads('{"retries": "3"}')
print(config["retries"] + 1)
