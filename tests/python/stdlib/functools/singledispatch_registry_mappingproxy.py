# singledispatch's registry is a read-only mappingproxy, as in CPython.
import functools
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(str)
def _(x):
    return "str"
reg = describe.registry
print(type(reg).__name__, len(reg), [t.__name__ for t in reg], int in reg)
print([t.__name__ for t in reg.keys()], [f.__name__ for f in reg.values()])
print(reg[object](None), reg.get(float), describe(True), describe("s"))
try:
    reg[float] = lambda x: "float"
except TypeError as ex:
    print(type(ex).__name__, ex)
