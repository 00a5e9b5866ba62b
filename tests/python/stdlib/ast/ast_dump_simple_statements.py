# Simple statements: dump of each kind.
import ast

for source in [
    "x = 1", "x = y = z", "a, b = b, a", "x += 1", "x **= 2", "x: int", "x: int = 3", "(x): int = 3",
    "a.b: str = 'q'", "del a, b[0], c.d", "pass", "assert x, 'message'", "assert y",
    "return", "return x", "raise", "raise E('x') from None", "global a, b", "x[1:2] = y",
]:
    print(ast.dump(ast.parse(source)))
print(ast.dump(ast.parse("def f():\n    nonlocal a\n")))
