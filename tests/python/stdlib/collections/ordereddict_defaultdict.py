from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque, UserDict, UserList, UserString
import collections.abc as cabc
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), OrderedDict(a=1,b=2)==OrderedDict(b=2,a=1), OrderedDict(a=1,b=2)=={'b':2,'a':1})
dd = defaultdict(list); dd['x'].append(1); print(dd, defaultdict(None), dd['y'])
try: defaultdict(None)['q']
except KeyError as e: print('KeyError', e)
