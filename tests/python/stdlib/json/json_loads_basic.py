# loads of every JSON type
import json

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "text"}'))
print(json.loads('[1, -2, 3.0, 1e3, -1.5E-2, 0, 12345678901234567890]'))
print(json.loads('"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"'))
print(json.loads('  {"nested": {"deep": [{"x": [[]]}]}}  \n'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads(b'{"bytes": "ok"}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"dup": 1, "dup": 2}'))
print(type(json.loads('1')), type(json.loads('1.0')), type(json.loads('1e2')))
print(json.loads('"\u2028 raw unicode é"'))
print(json.loads('{}'), json.loads('[]'), json.loads('""'))
