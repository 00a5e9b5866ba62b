"""tomllib.loads/load on valid TOML 1.0 documents: every string form, numbers, date-times, tables, dotted keys, arrays of tables, inline tables, parse_float."""
import tomllib, math, datetime, io
doc = '''
# This is a TOML document
title = "TOML Example"
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[servers]
[servers.alpha]
ip = "10.0.0.1"
role = "frontend"
[servers.beta]
ip = "10.0.0.2"
role = "backend"
'''
print(tomllib.loads(doc))
doc2 = 'str1 = "I\'m a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF. \\U0001F600"\nstr2 = """\nRoses are red\nViolets are blue"""\nstr3 = """\\\n       The quick brown \\\n       fox jumps over \\\n       the lazy dog.\\\n       """\nstr4 = """Here are two quotation marks: "". Simple enough."""\nstr5 = """Here are three quotation marks: ""\\"."""\nstr6 = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""\nstr7 = """"This," she said, "is just a pointless statement.""""\nwinpath  = \'C:\\Users\\nodejs\\templates\'\nquoted   = \'Tom "Dubs" Preston-Werner\'\nregex    = \'<\\i\\c*\\s*>\'\nregex2 = \'\'\'I [dw]on\'t need \\d{2} apples\'\'\'\nlines  = \'\'\'\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n\'\'\'\nquot15 = \'\'\'Here are fifteen quotation marks: """""""""""""""\'\'\'\napos15 = "Here are fifteen apostrophes: \'\'\'\'\'\'\'\'\'\'\'\'\'\'\'"\nstr = \'\'\'\'That,\' she said, \'is still pointless.\'\'\'\'\nint1 = +99\nint5 = 1_000\nint7 = 53_49_221\nhex1 = 0xDEADBEEF\nhex3 = 0xdead_beef\noct1 = 0o01234567\nbin1 = 0b11010110\nflt1 = +1.0\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt8 = 224_617.445_991_228\nsf1 = inf\nsf3 = -inf\nodt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\nodt5 = 1979-05-27T07:32:00.1234567891+05:30\nldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27t00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt3 = 00:32:00.5\n'
d = tomllib.loads(doc2)
for k, v in d.items():
    print(k, repr(v), type(v).__name__)
print(tomllib.loads("a = nan\nb = -nan\nc = +nan")["a"] != tomllib.loads("a = nan")["a"])
doc3 = '''
name = "Orange"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
"quoted key" = 1
'bare' = 2
3.14159 = "pi"
[dog."tater.man"]
type.name = "pug"
[a.b.c]
[ d.e.f ]
[ g .  h  . i ]
[ j . "ʞ" . 'l' ]
[[products]]
name = "Hammer"
sku = 738594937
[[products]]  # empty table within the array
[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[[fruits]]
name = "apple"
[fruits.physical]  # subtable
color = "red"
shape = "round"
[[fruits.varieties]]  # nested array of tables
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true
points = [ { x = 1, y = 2, z = 3 },
           { x = 7, y = 8, z = 9 },
           { x = 2, y = 4, z = 8 }, ]
nested = { inner = { deep = [1, 2, {k = "v"}] }, "q k".x = 1 }
mixed = [ 0.1, 0.2, 0.5, 1, 2, 5, "x", [1], { a = 1 } ]
empty = [
  # comment
]
'''
print(tomllib.loads(doc3))
print(tomllib.loads("x = 1.5\ny = [1.25, 2e3]", parse_float=str))
from decimal import Decimal
print(tomllib.loads("x = 1.5\ny = inf", parse_float=Decimal))
print(tomllib.load(io.BytesIO(b"k = 'v'\r\nn = 2\r\n")))
print(tomllib.loads(""), tomllib.loads("# only\n\n  \t\n"))
print(tomllib.__all__, issubclass(tomllib.TOMLDecodeError, ValueError))
