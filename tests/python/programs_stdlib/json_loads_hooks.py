import json
from collections import OrderedDict
from decimal import Decimal

s = '{"b": 1, "a": [1, 2.50, {"c": null}], "d": true, "e": "\\u00e9\\n"}'
print(json.loads(s))
print(json.loads(s, object_pairs_hook=OrderedDict))
print(json.loads(s, object_pairs_hook=list))
print(json.loads(s, object_hook=lambda d: sorted(d.items())))
print(json.loads(s, parse_float=Decimal))
print(json.loads("[1, 2, 3]", parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.loads('  "x"  '), json.loads("12"), json.loads("-0.5e3"), json.loads(b'{"k": 1}'))
print(json.loads('{"a": 1, "a": 2}'))
def hook(d):
    if "__complex__" in d:
        return complex(d["real"], d["imag"])
    return d
print(json.loads('[{"__complex__": true, "real": 1, "imag": 2}, {"x": 1}]', object_hook=hook))
bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '[1] x', '{"a": 01}', '"abc', '{1: 2}', '[1,,2]',
       '"\\x"', '"\t"', '{"a": 1}}', '  ', '[-]', '"\\ud800"', 'tru', "{'a': 1}", '[1.]', '1e']
for b in bad:
    try:
        r = json.loads(b)
        print(repr(b), "ok", repr(r))
    except json.JSONDecodeError as e:
        print(repr(b), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('{\n  "a": 1,\n  "b": \n}')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(None)
except TypeError as e:
    print(type(e).__name__, e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]   ', 0))
obj, end = dec.raw_decode('  "s" rest'[2:])
print(obj, end)
print(json.loads('{"deep": [[[[[]]]]]}'))
print(json.loads('"\\ud83d\\ude00"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('1' * 30), type(json.loads('1.0')).__name__)
