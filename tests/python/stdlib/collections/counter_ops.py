from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque, UserDict, UserList, UserString
import collections.abc as cabc
c = Counter('abracadabra'); print(c, c.most_common(2), sorted(c.elements()), c.total(), c['z'])
c.update('zz'); c.subtract({'a': 10}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a+b, a-b, a|b, a&b, +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter())
