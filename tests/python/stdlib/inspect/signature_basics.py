import inspect, functools
def f(a, b=2, *args, c, d=4, **kw) -> int:
    "Doc\n    more"
    return a
def g(x, y, /, z: int = 3): pass
class P:
    """A class."""
    def __init__(self, x, y=0): pass
    def m(self, q): pass
    @staticmethod
    def s(k): pass
    @classmethod
    def c(cls, j): pass
print(inspect.signature(f), inspect.signature(g), inspect.signature(P), inspect.signature(P(1).m), inspect.signature(P.m))
print(inspect.signature(P.s), inspect.signature(P.c), inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
for p in sig.parameters.values(): print(p.name, p.kind, p.default is inspect.Parameter.empty, repr(p))
print(repr(sig), sig.return_annotation)
ba = sig.bind(1, 2, 3, c=5, z=6); print(ba, ba.args, ba.kwargs)
try: sig.bind()
except TypeError as e: print(e)
print(inspect.signature(functools.partial(f, 1, c=3)))
@functools.wraps(f)
def w(*a, **k): return f(*a, **k)
print(inspect.signature(w))
print(inspect.getsource(P.m), inspect.getsource(f), end='')
print(inspect.getsource(P))
print(inspect.getdoc(f), inspect.getdoc(P), inspect.cleandoc('  a\n    b\n  c'))
print(inspect.isfunction(f), inspect.isclass(P), inspect.ismethod(P(1).m), inspect.isbuiltin(len), inspect.isroutine(str.join))
print([n for n, v in inspect.getmembers(P, inspect.isfunction)])
print(inspect.signature(len), inspect.signature(dict.get), inspect.signature({}.get))
class Q: pass
print(inspect.signature(Q))
try: inspect.signature(int)
except ValueError as e: print(e)
print(inspect.getfullargspec(f))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
print(inspect.getmodule(f).__name__, inspect.ismodule(inspect))
