"""hasattr and three-argument getattr: an absent attribute, an AttributeError from a property or
__getattr__ (absent), any other error (raised), modules with __getattr__, unset slots."""
import time
class K:
    cls_attr = 1
    @property
    def p(self): return 1
    @property
    def bad(self): raise AttributeError("inner")
    @property
    def worse(self): raise ValueError("v")
class G:
    def __getattr__(self, n):
        if n == "dyn": return 5
        raise AttributeError(n)
k = K(); g = G()
print(hasattr(k, "p"), hasattr(k, "nope"), hasattr(k, "bad"), hasattr(g, "dyn"), hasattr(g, "x"), hasattr(K, "cls_attr"), hasattr(K, "zz"))
print(getattr(k, "nope", 7), getattr(k, "bad", 8), getattr(g, "dyn", 9), getattr(g, "x", 10), getattr(time, "nope", 11), getattr(time, "time", 0) is time.time)
try: hasattr(k, "worse")
except ValueError as e: print("ValueError", e)
try: getattr(k, "worse", 1)
except ValueError as e: print("ValueError", e)
try: hasattr(k, 5)
except TypeError as e: print(e)
import sys
m = type(sys)("m")
m.__getattr__ = lambda n: n * 2 if n == "ab" else (_ for _ in ()).throw(AttributeError(n))
print(hasattr(m, "ab"), getattr(m, "ab", 0), hasattr(m, "cd"), getattr(m, "cd", 0))
class S:
    __slots__ = ("a",)
s = S()
print(hasattr(s, "a"), getattr(s, "a", "unset"))
s.a = 3
print(hasattr(s, "a"), getattr(s, "a", "unset"))
