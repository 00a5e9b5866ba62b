# Calls with every argument kind, attributes, subscripts and slices, starred targets.
import ast

for source in [
    "f(a, *args, b=1, **kwargs)",
    "obj.method(1)(2).attr",
    "x[0]", "x[1:2]", "x[::2]", "x[1:2, ::3]", "x[a, b]", "x[()]", "x[...]",
    "first, *rest = items",
    "print(*a, *b, sep='')",
    "d = {'a': 1, **other}",
    "s = {1, 2, 3}",
    "t = (1,)",
    "e = []",
]:
    print(ast.dump(ast.parse(source)))
