class ND(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return ND()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __iter__(cls): return iter([1,2])
    def __len__(cls): return 2
    def __contains__(cls, x): return True
    def __getitem__(cls, k): return k*2
    def __call__(cls, *a): return ("called", a)
class A(metaclass=M):
    x = 1
    def f(self): pass
print(list(A), len(A), 3 in A, A['a'], A(5))
class B(int):
    def __new__(cls, v):
        o = int.__new__(cls, v); o._name_ = 'x'; return o
b = B(3); print(b, b._name_, repr(b), b + 1)
class S(str):
    pass
s = S.__new__(S, "hi"); s.foo=1; print(s, s.foo)
print(int.__repr__(b), object.__repr__ is not None)
import sys
print(sys.version_info[:2])
from types import DynamicClassAttribute
try:
    a = 1
    class G:
       __slots__ = ('x',)
       x: int
except Exception as e: print(type(e), e)
print(type.__call__(B, 4))
print(format(b, '>5'), f"{b}")
