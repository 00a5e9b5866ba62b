# inspect: Signature and Parameter objects, bind/bind_partial, replace, signatures of builtins and classes, getmembers.
import inspect
def foo(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kwargs) -> bool:
    """Documented foo."""
sig = inspect.signature(foo)
print(sig, str(sig), sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, str(p))
ba = sig.bind(10, 20, 30, 40, d=5, z=6)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
pb = sig.bind_partial(1, d=2)
print(pb.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError:', e)
try:
    sig.bind(1, 2, 3, d=4, a=5)
except TypeError as e:
    print('TypeError:', e)
new = sig.replace(return_annotation=inspect.Signature.empty, parameters=list(sig.parameters.values())[:2])
print(new, inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Parameter('y', inspect.Parameter.POSITIONAL_ONLY).replace(annotation=int))
print(inspect.signature(lambda x, *, y=2: 0), inspect.signature(len), inspect.signature(divmod), inspect.signature(sorted), inspect.signature(dict.get))
class Point:
    def __init__(self, x, y=0):
        pass
    def method(self, k):
        pass
    @classmethod
    def make(cls, v):
        pass
print(inspect.signature(Point), inspect.signature(Point(1).method), inspect.signature(Point.method), inspect.signature(Point.make))
import functools
print(inspect.signature(functools.partial(foo, 1, d=3)))
print(inspect.isfunction(foo), inspect.ismethod(Point(1).method), inspect.isclass(Point), inspect.isbuiltin(len), inspect.isgeneratorfunction(lambda: (yield)), inspect.isabstract(Point))
print(inspect.getdoc(foo), inspect.cleandoc('  line one\n    indented\n  back'), [n for n, _ in inspect.getmembers(Point, inspect.isfunction)])
print(inspect.getfullargspec(foo))
print(inspect.getcallargs(lambda a, b=2, *c, **d: 0, 1, 2, 3, x=4))
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError:', e)
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), list(g), inspect.getgeneratorstate(g))
print(inspect.unwrap(functools.wraps(foo)(lambda: 0)) is foo, inspect.getattr_static(Point, 'make').__class__.__name__)
