# json: object_pairs_hook, raw_decode, JSONDecoder/Encoder options, allow_nan, default=, indent strings, duplicate keys.
import json
from collections import OrderedDict
from decimal import Decimal
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=OrderedDict))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1, 2]xyz'), dec.decode(' 5 '))
try:
    dec.decode('5 6')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
print(json.loads('1e400'), json.loads('-0'), json.loads('-0.0'), json.loads('"\\ud834\\udd1e"'), json.loads('12', parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c), json.dumps([float('nan'), float('inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({'d': Decimal('1.10'), 's': {3, 1}}, default=lambda o: str(o) if isinstance(o, Decimal) else sorted(o)))
print(json.dumps({'a': [1, {'b': None}]}, indent='\t'), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([1], indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps({(1, 2): 'x'}, skipkeys=True))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError:', e)
r = []
r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps('héllo\n\t"\x00'), json.dumps('héllo', ensure_ascii=False), json.dumps('\U0001f600'))
enc = json.JSONEncoder(sort_keys=True, indent=1, separators=(',', ': '))
print(enc.encode({'z': 1, 'a': [True, False]}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def as_point(d):
    return Point(d['x'], d['y']) if set(d) == {'x', 'y'} else d
p = json.loads('[{"x": 1, "y": 2}, {"z": 3}]', object_hook=as_point)
print(type(p[0]).__name__, p[0].x, p[1])
for bad in ['', '[1,]', '{"a" 1}', "{'a': 1}", '[1, 2', '"unterminated', 'tru', '01', '{"a": 1}}', '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, e.pos)
print(json.dumps(True), json.dumps(None), json.dumps(1.0), json.dumps(1e16), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(0.1 + 0.2))
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
print(json.dumps([MyList([1]), MyDict(a=1), MyInt(5), (1, 2)]))
