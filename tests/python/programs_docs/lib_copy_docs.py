# copy: shallow vs deep copies, recursive structures, __copy__/__deepcopy__, copy.replace-free idioms.
import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append('x')
a[2]['k'].append('y')
print(a, b, c, b[1] is a[1], c[1] is a[1])
r = [1, 2]
r.append(r)
rc = copy.deepcopy(r)
print(rc[2] is rc, rc is not r, repr(rc))
d = {'a': [1]}
memo = {}
d2 = copy.deepcopy(d, memo)
print(d2, id(d) in memo, len(memo) >= 2)

class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})'
tree = Node('root', [Node('a'), Node('b', [Node('c')])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].name = 'B'
print(shallow.children[1].name, deep.children[1].name, shallow.children is tree.children)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with memo', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
print(t2.v is t.v, t3.v is t.v, t3.v)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = [1]
        self.y = 2
s = copy.deepcopy(Slotted())
print(s.x, s.y)
class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
w = copy.deepcopy(WithState())
print(w.data, w.cache)
print(copy.copy(5), copy.copy('s'), copy.copy((1, [2])), copy.deepcopy((1, 2)) , copy.copy(frozenset({1})))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
print(copy.copy(range(3)), copy.deepcopy(len) is len, copy.copy(int) is int)
try:
    import threading
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print('TypeError:', e)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
