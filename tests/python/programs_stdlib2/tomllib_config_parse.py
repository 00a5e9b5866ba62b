import io
import tomllib
from decimal import Decimal

doc = '''
# Project configuration
title = "TOML Example"
version = 2
pi = 3.14159
big = 1_000_000
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
neg = -17
exp = 6.626e-34
special = [inf, -inf, nan]
enabled = true
disabled = false
"quoted key" = 'literal \\n not escaped'
escapes = "tab\\tnewline\\nquote\\" unicode\\u00e9 \\U0001F600"
multi = """
Roses are red
  Violets are blue \\
    joined"""
raw_multi = \'\'\'
C:\\Users\\path
  kept as is\'\'\'
date = 1979-05-27
time = 07:32:00.999999
local_dt = 1979-05-27T07:32:00
offset_dt = 1979-05-27T00:32:00-07:00
zulu = 1979-05-27 07:32:00Z
site."google.com" = true
fruit.apple.color = "red"
fruit.apple.taste.sweet = true

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00.5+01:30

[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
mixed = [
  1,   # comment
  "two",
  { three = 3 },
]
inline = { x = 1, y.z = 2, list = [1, 2] }

[servers.alpha]
ip = "10.0.0.1"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[products.variants]]
size = "small"
'''
data = tomllib.loads(doc)
for key, value in data.items():
    print(repr(key), "=", repr(value))
print(type(data["offset_dt"].tzinfo).__name__, data["offset_dt"].utcoffset(), data["zulu"].tzinfo)
print(tomllib.loads("x = 1.5\ny = 2", parse_float=Decimal))
print(tomllib.load(io.BytesIO(b"a = 1\n[t]\nb = 'x'\n")))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
bad_docs = [
    "a = ", "a = 1\na = 2", "[t]\n[t]", "a = 1 2", "= 1", "a = \"unterminated", "a = [1, 2",
    "a = {x = 1, x = 2}", "a = {x = 1", "[a]\nb = 1\n[a.b]", "a.b = 1\n[a]", "a = 1\n[a]", "x = 'bad\ttab ok'\ny = 'bad\x01'",
    "a = \"\\q\"", "a = \"\\uZZZZ\"", "a = \"\\uD800\"", "d = 2023-02-30", "t = 25:00:00", "a = tru", "[[t]]\n[t]",
    "t = {a = 1}\n[t]", "a = [1]\n[[a]]", "a = 1 # ok\nb = 2 # also\nc = \x7f", "  [ sp . ace ]  \nk=1", "a=1\r\nb=2\r\n",
    "a = 1__0", "a = 01", "a = +0x1", "a = .5", "a = 1.", "a = 1e", "k = \"\"\"a\"\"\"\"\"", "k = '''a''''''",
]
for d in bad_docs:
    try:
        print(repr(d), "->", tomllib.loads(d))
    except tomllib.TOMLDecodeError as e:
        print(repr(d), "!!", e)
print(tomllib.TOMLDecodeError.__mro__[:2], tomllib.TOMLDecodeError.__module__)
try:
    tomllib.loads("x = 1", parse_float=lambda s: [s])
    tomllib.loads("x = 1.0", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError", e)
