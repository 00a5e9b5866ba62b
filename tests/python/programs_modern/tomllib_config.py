import tomllib
from dataclasses import dataclass, field
from datetime import datetime, date, time

TEXT = '''
# Project config
title = "Weft demo"
version = 3
ratio = 0.75
enabled = true
created = 2024-03-05T10:20:30Z
day = 2024-03-05
alarm = 07:30:00
tags = ["a", "b", "c"]
matrix = [[1, 2], [3, 4]]
empty = []
inline = { x = 1, y = "two" }
big = 1_000_000
hex = 0xff
oct = 0o17
bin = 0b101
inf = inf
multi = """
line one
line two"""
literal = 'C:\\path\\no\\escape'
"quoted key" = 1
a.b.c = "dotted"

[server]
host = "localhost"
port = 8080

[server.tls]
enabled = false

[[users]]
name = "ann"
roles = ["admin"]

[[users]]
name = "bo"
roles = []
'''

cfg = tomllib.loads(TEXT)
for k in sorted(cfg):
    v = cfg[k]
    print(f"{k!r:14} {type(v).__name__:9} {v!r}")

@dataclass
class User:
    name: str
    roles: list[str] = field(default_factory=list)

users = [User(**u) for u in cfg["users"]]
print(users)
print(cfg["server"]["tls"], cfg["a"])
print(isinstance(cfg["created"], datetime), cfg["created"].tzinfo, cfg["day"] == date(2024, 3, 5), cfg["alarm"] == time(7, 30))
for bad in ['x = ', 'a = 1\na = 2', '[t]\n[t]', 'k = "unterminated', 'v = 01', 'x = [1, 2', 'key = value']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print(type(e).__name__, e)
print(tomllib.loads('n = 1.5', parse_float=lambda s: "F" + s))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print(type(e).__name__, e)
