# types: SimpleNamespace, MappingProxyType, new_class, FunctionType, MethodType, GenericAlias, UnionType, NoneType.
import types
ns = types.SimpleNamespace(x=1, y='two')
ns.z = [3]
print(ns, ns.x, vars(ns), ns == types.SimpleNamespace(x=1, y='two', z=[3]), repr(types.SimpleNamespace()))
del ns.x
print(ns, hasattr(ns, 'x'))
class Rec(types.SimpleNamespace):
    pass
print(Rec(a=1))
r = types.SimpleNamespace(a=types.SimpleNamespace(b=1))
print(r)
d = {'a': 1}
mp = types.MappingProxyType(d)
print(mp, mp['a'], 'a' in mp, len(mp), list(mp.items()), mp.get('z', 0), mp.copy(), mp | {'b': 2})
d['b'] = 2
print(mp)
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError:', e)
print(type(int.__dict__).__name__, type(int.__dict__) is types.MappingProxyType)
def f(x):
    return x * 2
g = types.FunctionType(f.__code__, {'__builtins__': __builtins__}, 'g')
print(g(21), g.__name__, types.LambdaType is types.FunctionType)
class C:
    pass
c = C()
c.m = types.MethodType(lambda self, k: (type(self).__name__, k), c)
print(c.m(5), type(c.m) is types.MethodType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType, type(len) is types.BuiltinFunctionType, type(''.join) is types.BuiltinMethodType)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)), type(int | str) is types.UnionType, int | str | None)
print(isinstance(3, int | str), issubclass(bool, int | None), (int | str).__args__, (int | None) == (None | int))
def gen():
    yield
print(isinstance(gen(), types.GeneratorType), type(f.__code__) is types.CodeType, type(types) is types.ModuleType)
Meta = types.new_class('Meta', (type,))
K = types.new_class('K', (), {'metaclass': Meta}, lambda ns: ns.update(attr='A'))
print(type(K).__name__, K.attr, K.__name__)
class Base:
    @types.DynamicClassAttribute
    def kind(self):
        return 'instance kind'
print(Base().kind)
try:
    Base.kind
except AttributeError as e:
    print('AttributeError raised for class access')
@types.coroutine
def legacy():
    yield 'value'
print(list(legacy()), types.coroutine.__name__)
