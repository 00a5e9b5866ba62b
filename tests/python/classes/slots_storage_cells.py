"""__slots__ values: inheritance, __dict__ beside slots, del, copy, pickle, weakref, __del__, exceptions and modules with slots."""
import gc, weakref, copy, pickle, sys
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
class Q(P):
    __slots__ = ("z",)
class R(P):
    pass   # has __dict__
p = P(1, 2); q = Q(3, 4); q.z = 5; r = R(6, 7); r.w = 8
print(p.x, p.y, q.x, q.y, q.z, r.x, r.y, r.w, vars(r))
try: vars(p)
except TypeError as e: print("TypeError", e)
try: p.w = 1
except AttributeError as e: print("AttributeError", e)
del p.x
try: p.x
except AttributeError as e: print("AttributeError", e)
try: del p.x
except AttributeError as e: print("AttributeError", e)
p.x = 10; print(p.x)
print(hasattr(p, "__dict__"), hasattr(r, "__dict__"), P.x, type(P.x).__name__)
c = copy.copy(q); d = copy.deepcopy(q); print(c.x, c.z, d.y, d.z)
print(pickle.loads(pickle.dumps(q)).z)
class W:
    __slots__ = ("a", "__weakref__")
w = W(); w.a = [1]; ref = weakref.ref(w); print(ref() is w); del w; gc.collect(); print(ref())
class Del:
    __slots__ = ("v",)
    def __del__(self): print("del", self.v)
x = Del(); x.v = 42; del x; gc.collect()
print(sys.getsizeof(P(1, 2)) > 0, P.__slots__, Q.__slots__)
class E(Exception):
    __slots__ = ("code",)
e = E("m"); e.code = 3; print(e.code, e.args)
import types
class M(types.ModuleType): pass
m = M("mm"); m.q = 1; print(m.__name__, m.q)
P.__init__(p, 8, 9); print(p.x, p.y)
print(object.__getattribute__(q, "z"))
class S: __slots__ = ()
try: S().a = 1
except AttributeError as e: print("AttributeError", e)
