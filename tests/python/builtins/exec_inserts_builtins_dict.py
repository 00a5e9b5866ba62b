# exec/eval with globals lacking __builtins__ insert the builtins module's dict (not the module);
# __main__ itself keeps the module, and a given __builtins__ mapping is left as it is.
import builtins

ns = {}
exec("total = sum(range(4))", ns)
print(type(ns["__builtins__"]).__name__, ns["__builtins__"] is builtins.__dict__, ns["total"])

g = {}
print(eval("len('abc')", g), type(g["__builtins__"]).__name__)

print(type(__builtins__).__name__)
exec("print(type(__builtins__).__name__)")
exec("print(type(__builtins__).__name__)", {})

mine = {"__builtins__": {"len": lambda x: 42}}
print(eval("len('abc')", mine), mine["__builtins__"] is not builtins.__dict__)
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
