# JSONDecodeError messages, positions, lineno and colno
import json

cases = ['', '   ', '[1,]', '{"a" 1}', '[1 2]', '"abc', '{1: 2}', '1 2', '[', '{"a": }', 'tru',
         '"bad \\x escape"', '"ctrl \x01 char"', '"\\u12G4"', '[1,\n 2,\n ]', '{"a": 1,}', '01',
         '-', '{"a":1}}', '\ufeff[]']
for s in cases:
    try:
        json.loads(s)
        print('ok', repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
