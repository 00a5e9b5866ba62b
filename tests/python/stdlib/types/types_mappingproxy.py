import types
d = {'b': 2, 'a': 1}
mp = types.MappingProxyType(d)
print(mp['a'], len(mp), 'b' in mp, list(mp), list(mp.items()), mp.get('z', 0))
d['c'] = 3
print(mp['c'], len(mp), sorted(mp.keys()), sorted(mp.values()))
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError:', e)
print(mp.copy() == d, type(mp.copy()).__name__, mp == d, dict(mp) == d)
print(mp | {'z': 9})
class K:
    x = 1
print(type(K.__dict__) is types.MappingProxyType, K.__dict__['x'])
