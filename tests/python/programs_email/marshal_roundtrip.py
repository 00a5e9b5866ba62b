# marshal round trips of nested containers, files and bad input.
import io
import marshal
import os
import tempfile

record = {'id': 17, 'tags': ['x', 'y'], 'scores': (9.5, 7.25), 'ok': True,
          'nested': {'deep': [1, [2, [3]]]}, 'blob': b'\x01\x02', 'big': 12345678901234567890123,
          'neg': -98765432109876543210, 'set': {1, 2, 3}, 'fs': frozenset({'a'}), 'c': 1j}
data = marshal.dumps(record)
print(len(data))
back = marshal.loads(data)
print(back == record, sorted(back))
print(type(back['scores']).__name__, type(back['fs']).__name__, back['big'], back['neg'])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.marshal')
    with open(path, 'wb') as f:
        marshal.dump(record, f)
        marshal.dump([1, 2, 3], f)
        marshal.dump('tail', f, 2)
    with open(path, 'rb') as f:
        print(marshal.load(f) == record, marshal.load(f), marshal.load(f))
        try:
            marshal.load(f)
        except EOFError as e:
            print('EOFError:', e)
print(marshal.loads(marshal.dumps(2**200)) == 2**200)
print(marshal.loads(b'i\x05\x00\x00\x00trailing'))
for bad in (b'', b'i\x01', b'?', b'[\x02\x00\x00\x00N'):
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
for obj in (object(), print, [1, object()], io.BytesIO()):
    try:
        marshal.dumps(obj)
    except ValueError as e:
        print('ValueError:', e)
