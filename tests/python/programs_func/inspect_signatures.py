import inspect
import functools

def plain(a, b=2, *args, c, d=4, **kw) -> int:
    """A plain function."""
    return a

def posonly(x, y, /, z):
    pass

def annotated(name: str, count: int = 1, *, flag: bool = False) -> "list[str]":
    pass

print(inspect.signature(plain))
print(inspect.signature(posonly))
print(inspect.signature(annotated))
print(inspect.signature(lambda *a, **k: None))
print(inspect.signature(lambda: None))

sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.kind.description)
print(sig.return_annotation, sig.parameters["a"].annotation is inspect.Parameter.empty)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def wrapped(p, q=10):
    pass

print(inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__)

part = functools.partial(plain, 1, c=3)
print(inspect.signature(part))
print(inspect.signature(functools.partial(posonly, 1)))

class C:
    def method(self, x, y=1):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(w):
        pass
    def __init__(self, size, *, color="red"):
        pass

print(inspect.signature(C.method), inspect.signature(C().method))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C))

bound = sig.bind(1, 2, 3, c=5, extra=9)
print(bound)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(posonly).bind(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.signature(posonly).bind_partial(1))

print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(C().method))
print(inspect.isclass(C), inspect.isgeneratorfunction(plain), inspect.isgeneratorfunction(lambda: (yield)))
print(inspect.getdoc(plain), inspect.getdoc(C))
print(inspect.getmembers(C, inspect.isfunction)[0][0])
print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")])
params = [inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD),
          inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int)]
print(inspect.Signature(params, return_annotation=str))
print(repr(params[1]), str(params[1]))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.getfullargspec(plain))
print(inspect.getcallargs(plain, 1, c=2) if hasattr(inspect, "getcallargs") else None)
