import types
ns = types.SimpleNamespace(x=1, y='two')
print(ns, ns.x, ns.y)
ns.z = [3]; del ns.x
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(y='two', z=[3]))
print(types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2), repr(types.SimpleNamespace()))
n2 = types.SimpleNamespace(**{'k': 1}); n2.k += 1; print(n2.k)
class Sub(types.SimpleNamespace):
    pass
print(Sub(a=1))
print(hasattr(types.SimpleNamespace(), 'missing'))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=[1, 2]))
print(nested)
