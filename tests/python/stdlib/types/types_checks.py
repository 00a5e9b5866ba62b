import types
def f(): pass
def g(): yield 1
async def co(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
lam = lambda: 0
print(isinstance(f, types.FunctionType), isinstance(lam, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType), isinstance(C.cm, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(types, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
c = co(); print(isinstance(c, types.CoroutineType)); c.close()
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
m = types.ModuleType('mymod', 'the doc')
m.answer = 42
print(m.__name__, m.__doc__, m.answer, repr(types.ModuleType('x').__doc__))
