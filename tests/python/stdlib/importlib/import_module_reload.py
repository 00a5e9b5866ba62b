import importlib, sys
m = importlib.import_module("json")
print(m.__name__, m is sys.modules["json"])
p = importlib.import_module("os.path")
print(p.join("a", "b"))
r = importlib.reload(m)
print(r is m, callable(m.dumps))
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
importlib.invalidate_caches()
