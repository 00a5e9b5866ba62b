import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point([1], 2)
q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(0)
print(p, q, r, type(q).__name__)

class Tracked:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.items)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))

t = Tracked([1, [2]])
t2 = copy.copy(t); t3 = copy.deepcopy(t)
print(t2.items is t.items, t3.items == t.items, t3.items is t.items)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 10,))
print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v)

class WithState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        print('getstate')
        return {'a': self.a, 'extra': 'yes'}
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
w = copy.deepcopy(WithState()); print(w.a, w.extra)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
