import types, copy, heapq, bisect
print(types.SimpleNamespace(a=1), types.FunctionType, types.ModuleType, types.MappingProxyType({'a': 1})['a'])
C = types.new_class('C', (), {}, lambda ns: ns.update(x=1)); print(C.x, C.__name__)
