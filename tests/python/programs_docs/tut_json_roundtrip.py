# Tutorial 7.2.2: saving structured data with json (to a StringIO instead of a file).
import io
import json
x = [1, 'simple', 'list']
print(json.dumps(x))
f = io.StringIO()
json.dump({'a': [1, 2.5, None, True, False], 'b': 'é"\\'}, f)
print(f.getvalue())
f.seek(0)
print(json.load(f))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}',
                 object_hook=lambda d: complex(d['real'], d['imag']) if '__complex__' in d else d))
print(json.dumps({'c': 0, 'b': 0, 'a': 0}, sort_keys=True))
print(json.dumps([1, 2, 3, {'4': 5, '6': 7}], separators=(',', ':')))
print(json.dumps({'4': 5, '6': 7}, sort_keys=True, indent=4))
print(json.dumps("\"foo\bar"), json.dumps('\u1234'), json.dumps('\\'), json.dumps('\u1234', ensure_ascii=False))
print(json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]'))
print(json.loads('"\\"foo\\bar"'))
from decimal import Decimal
print(json.loads('1.1', parse_float=Decimal), json.loads('[NaN, Infinity, -Infinity]'))
class ComplexEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return super().default(obj)
print(json.dumps(2 + 1j, cls=ComplexEncoder), ComplexEncoder().encode(2 + 1j))
print(list(ComplexEncoder().iterencode([2 + 1j])))
try:
    json.dumps(2 + 1j)
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e, e.pos, e.lineno, e.colno)
