# WeakValueDictionary and WeakKeyDictionary with live objects
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Obj(%s)' % self.name

a, b = Obj('a'), Obj('b')
d = weakref.WeakValueDictionary()
d['x'] = a
d['y'] = b
print(d['x'], 'x' in d, 'z' in d, len(d), sorted(d.keys()), d.get('z', 'default'))
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.name for v in d.values()))
print(d.pop('y'), len(d), d.setdefault('w', b), sorted(d))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
k = weakref.WeakKeyDictionary()
k[a] = 1
k[b] = 2
print(k[a], a in k, len(k), sorted(v for v in k.values()), sorted(o.name for o in k.keys()))
del k[a]
print(len(k), a in k, k.get(a, 'gone'))
print(type(d).__name__, type(k).__name__)
