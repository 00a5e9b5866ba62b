# pprint of collections types: OrderedDict, defaultdict, Counter, deque
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict((k, list(range(v))) for k, v in [('zeta', 12), ('alpha', 15), ('mid', 3)])
pprint.pprint(od)
dd = defaultdict(list)
for i in range(30):
    dd['key%d' % (i % 4)].append(i)
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=35))
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
