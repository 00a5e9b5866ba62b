# Module objects: vars()/__dict__, module(name, doc=None), repr, and function __dict__.
import sys

ModuleType = type(sys)

# the namespace of a module is its __dict__, and vars() returns the same dict
print(type(vars(sys)).__name__, vars(sys) is sys.__dict__)
print('path' in vars(sys))

# module(name, doc=None), as types.ModuleType
m = ModuleType("plugin")
print(m, m.__name__, m.__doc__)
print(sorted(vars(m)))
m2 = ModuleType("named", "the doc")
print(m2.__doc__, ModuleType("kw", doc="kw doc").__doc__)
m.__dict__["answer"] = 42
m.other = "attr"
print(m.answer, vars(m)["other"])

for bad in [(), (1,), ("a", "b", "c")]:
    try:
        ModuleType(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ModuleType("a", dok=1)
except TypeError as e:
    print("TypeError:", e)
try:
    m.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)

# __new__ alone leaves an empty namespace
bare = ModuleType.__new__(ModuleType)
print(repr(bare), bare.__dict__)

# subclasses keep the module behaviour
class Config(ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.loaded = True

c = Config("config")
print(c, c.loaded, isinstance(c, ModuleType))

# repr: built-in modules and modules from files
print(sys)
print(repr(sys.modules["builtins"]))

# function attributes live in the function's __dict__
def f():
    return f.calls

f.calls = 3
print(f(), f.__dict__, vars(f))
f.__dict__["tag"] = "x"
print(f.tag)
f.__dict__ = {"calls": 7}
print(f())
try:
    f.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError:", e)
