class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__, type(P.x).__name__, P.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)

class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.__dict__)

class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 3
print(r.w, R.__slots__)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class One:
    __slots__ = "name"
o = One()
o.name = "n"
print(o.name, One.__slots__)
try:
    One().name
except AttributeError as e:
    print(type(e).__name__, e)

class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class WithWeak:
    __slots__ = ("v", "__weakref__")
import weakref
ww = WithWeak()
print(weakref.ref(ww)() is ww)
try:
    weakref.ref(o)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    class Bad:
        __slots__ = ("x", "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(int):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)
p.q = 1
