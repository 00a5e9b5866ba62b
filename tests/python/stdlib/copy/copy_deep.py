import copy
a = [1, [2, 3], {'k': (4, [5])}]; b = copy.deepcopy(a); b[1].append(9); print(a, b, copy.copy(a)[1] is a[1])
class P:
    def __init__(self, v): self.v = v
p = P([1]); q = copy.deepcopy(p); q.v.append(2); print(p.v, q.v, copy.copy(p).v is p.v)
class S:
    def __deepcopy__(self, memo): return 'deep'
    def __copy__(self): return 'shallow'
print(copy.copy(S()), copy.deepcopy([S()]))
shared = [1]; pair = [shared, shared]; c = copy.deepcopy(pair); print(c[0] is c[1], c[0] is shared)
class Sl:
    __slots__ = ('x', 'y')
s = Sl(); s.x = [1]; s.y = 2; t = copy.deepcopy(s); t.x.append(3); print(s.x, t.x, t.y)
class L(list): pass
l = L([1, [2]]); m = copy.deepcopy(l); print(type(m).__name__, m, m[1] is l[1])
