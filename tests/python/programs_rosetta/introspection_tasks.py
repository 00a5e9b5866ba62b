import sys
import inspect
import math

print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(hasattr(math, "isqrt"), callable(getattr(math, "sqrt", None)), "abs" in dir(__builtins__), type(abs).__name__)
bloop = -3
if "bloop" in globals() and callable(abs):
    print(abs(bloop))
ints = {k: v for k, v in globals().items() if isinstance(v, int) and not k.startswith("_")}
print(ints, sum(ints.values()))
def f(a, b=2, *args, c, d=4, **kw):
    "docstring here"
    return a
sig = inspect.signature(f)
print(sig, list(sig.parameters), [p.kind.name for p in sig.parameters.values()])
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
class Base:
    x = 1
    def meth(self): pass
class Child(Base):
    y = 2
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 3
print(Child.__mro__, Child.__bases__, Base.__subclasses__(), Child.__qualname__, Child.__module__)
print(sorted(k for k in vars(Child) if not k.startswith("__")), isinstance(vars(Child)["s"], staticmethod))
print(inspect.isclass(Child), inspect.isfunction(Child.s), inspect.ismethod(Child().meth), inspect.ismethod(Child.c))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)], type(Child.p).__name__)
print(getattr(Child(), "p"), issubclass(bool, int), type(type), type(None).__name__, int.__mro__)
