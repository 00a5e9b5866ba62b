from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque, UserDict, UserList, UserString
import collections.abc as cabc
P = namedtuple('Point', 'x y', defaults=[0])
p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P._make([3,4]), p.x, p[1])
print(P.__new__.__doc__, P.__doc__, P.x.__doc__, P.__module__)
try: P()
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
for bad in ['1x y', 'def x', 'x _y', 'x x']:
    try: namedtuple('T', bad)
    except ValueError as e: print(e)
print(namedtuple('T', 'a def a _b', rename=True)._fields)
