# weakref.ref basics (the referent stays alive throughout: collection timing differs on the JVM)
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'C(%d)' % self.n

c = C(1)
r = weakref.ref(c)
print(r() is c, r(), isinstance(r, weakref.ref), isinstance(r, weakref.ReferenceType))
print(r == weakref.ref(c), hash(r) == hash(c), r.__callback__)
r2 = weakref.ref(c, lambda ref: None)
print(r2() is c, r2.__callback__ is not None)
for obj in [1, 'str', (1,), [1], {}, None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError:', e)
class L(list):
    pass
print(weakref.ref(L([1]))() is None or True, weakref.ref(len) is not None, weakref.ref(C)() is C)
def f():
    pass
print(weakref.ref(f)() is f, weakref.getweakrefcount(f) >= 0)
