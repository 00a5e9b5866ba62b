import copy
import collections

class Bag(dict):
    pass
b = Bag(a=[1]); b.tag = 'x'
c = copy.deepcopy(b)
c['a'].append(2)
print(type(c).__name__, b, c, c.tag)
od = collections.OrderedDict([('z', 1), ('a', [2])])
od2 = copy.deepcopy(od); od2['a'].append(3)
print(od, od2)
dd = collections.defaultdict(list, {'k': [1]})
dd2 = copy.deepcopy(dd); dd2['k'].append(2); dd2['new'].append(0)
print(dict(dd), dict(dd2), dd2.default_factory is list)
P = collections.namedtuple('P', 'x y')
p = P([1], 2); p2 = copy.deepcopy(p); p2.x.append(5)
print(p, p2, type(p2).__name__)
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq); dq2[1].append(3)
print(dq, dq2)
import functools
f = functools.partial(max, 1)
print(copy.copy(f)(5), copy.deepcopy(f)(0))
class K:
    pass
print(copy.copy(K) is K, copy.deepcopy(K) is K, copy.deepcopy(len) is len)
