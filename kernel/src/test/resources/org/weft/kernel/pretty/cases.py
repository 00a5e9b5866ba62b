"""Cases for IPython.lib.pretty: cases.out is what IPython 8 prints for them (generate_expected.sh)."""
import sys
from IPython.lib.pretty import pretty
from collections import OrderedDict, defaultdict, Counter, deque
import re, datetime, types
class A: pass
def f(x, y=2): pass
class L(list): pass
class R(list):
    def __repr__(self): return 'R!'
class P:
    def _repr_pretty_(self, p, cycle):
        with p.group(2, 'P<', '>'):
            p.text('a'); p.breakable(); p.pretty(list(range(40)))
cases = [list(range(30)), {'a'*30: [1,2,3], 'b'*30: {'c': (1,)}, 'ccc': set([3,1,2])}, f, A, int, frozenset(), (1,), "a\nb",
 [list(range(12))]*3, OrderedDict(a=1), defaultdict(list, {'a':[1]}), Counter('aab'), deque([1,2]), ValueError('x', 2), range(3), slice(1,2),
 Counter({i: i for i in range(30)}), deque(range(30)), OrderedDict((str(i), i) for i in range(15)), b'x'*100, 'y'*100, L([1,2]), R([1]),
 types.SimpleNamespace(a=1), datetime.date(2020,1,1), [1, [2, [3, [4, 'x' * 70]]]], tuple(range(30)), P(), {1: {2: {3: list(range(25))}}},
 [{'name': 'thread-%d' % i, 'result': i * i, 'ok': True} for i in range(4)], None, True, [None]*40, {'s': {5, 3, 'a'}}, list(range(1200))[:1100]]
for c in cases:
    print(pretty(c))
    print('--')
