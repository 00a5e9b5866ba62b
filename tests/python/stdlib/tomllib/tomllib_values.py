# tomllib: every kind of TOML value, tables, arrays of tables and dotted keys
import os
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'tomllib_values.toml'), 'rb') as f:
    doc = tomllib.load(f)
for k, v in doc.items():
    print(f"{k!r}: {v!r}")
print(doc["odt3"].utcoffset(), doc["odt5"].tzinfo, doc["odt5"].microsecond, doc["lt2"].microsecond)
print(doc["sf4"] != doc["sf4"], type(doc["int5"]).__name__)
from decimal import Decimal
print(tomllib.loads("a = 0.1\nb = [1.5, 2e3]\nc = -inf", parse_float=Decimal))
print(tomllib.loads(""), tomllib.loads("# only a comment"), tomllib.loads("\n\n  \t\n"))
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"))
print(tomllib.loads('a = """\r\nwin\r\nlines"""'))
