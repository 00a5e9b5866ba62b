# eval() and exec() take their builtins from the globals' "__builtins__" (a dict or a module), so a
# restricted dict hides len, open and __import__; without that key they get the real builtins.
import builtins
import math


def attempt(label, action):
    try:
        print(label, "->", repr(action()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("no builtins", lambda: eval("len('abc')", {"__builtins__": {}}))
attempt("only len", lambda: eval("len('abc')", {"__builtins__": {"len": len}}))
attempt("module", lambda: eval("abs(-2)", {"__builtins__": builtins}))
attempt("module dict", lambda: eval("abs(-2)", {"__builtins__": vars(builtins)}))
attempt("missing key", lambda: eval("abs(-2)", {}))
attempt("arithmetic only", lambda: eval("2 ** 10 - 24", {"__builtins__": {}}))

calculator = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi}
for expression in ["sqrt(16) + 1", "round(pi, 2)", "__import__('os').getcwd()", "open('secrets.txt')"]:
    attempt(expression, lambda: eval(expression, calculator))

namespace = {"__builtins__": {"print": print, "range": range}}
exec("squares = [i * i for i in range(4)]\nprint('inside:', squares)", namespace)
exec("def size(seq):\n    return len(seq)", namespace)
attempt("function defined there", lambda: namespace["size"]("ab"))
attempt("import there", lambda: exec("import os", {"__builtins__": {}}))
print(sorted(k for k in namespace if k != "__builtins__"))
