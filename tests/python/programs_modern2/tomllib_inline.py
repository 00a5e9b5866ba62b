# tomllib (3.11) on an inline document: types, tables, arrays of tables, errors.
import tomllib

doc = '''
title = "TOML Example"
ratio = 0.5
count = 1_000
hex = 0xff
enabled = true
dt = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00
day = 1979-05-27
time = 07:32:00
inf = inf
multi = """
two
lines"""
raw = 'C:\\path'

[owner]
name = "Tom"
"quoted key" = 1
nested.dotted = "yes"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]
name = "Nail"
colors = ["gray", "red"]
inline = { x = 1, y = { z = 2 } }
'''
data = tomllib.loads(doc)
for key, value in data.items():
    print(key, "=", repr(value), type(value).__name__)
for bad in ['a = 1\na = 2', 'x = [1, 2', 'k = "unterminated', '[t]\n[t]', 'v = 1979-13-01']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
print(tomllib.loads("n = 1.5", parse_float=lambda s: f"<{s}>"))
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError:", e)
