# unparse of expressions: CPython's parentheses by precedence.
import ast

for source in [
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
    "-a ** b", "(-a) ** b", "2 ** -1", "-(-x)", "not not x", "not (a and b)", "a or b and c",
    "(a or b) and c", "a < b < c", "(a < b) < c", "a if b else c", "(a if b else c) if d else e",
    "lambda: 0", "lambda x, *y, z=1, **w: x", "(lambda: 1)()", "x = 1, 2", "x = (yield)",
    "f(x := 1)", "(x := a + b)", "[*a, *b]", "{**a, 'b': 1}", "{*()}", "1 .real", "1.5.real",
    "x[1:2, ::3]", "x[a, b]", "x[()]", "x[1,]", "a.b(c)[d]", "f(a for a in b)", "f(*args, **kw)",
    "await_ = 1", "x = 1e309, -1e309j", "[x for x in y if x async for z in w]", "~a & b | c ^ d",
    "a << b + c", "a @ b", "x = not a == b", "(not a) == b", "-(1 + 2)",
    "def g():\n    yield a * b\n    yield from x + y\n    z = yield 'got ' + w", "u'x' U'y'", "U'y' u'x'",
]:
    tree = ast.parse(source)
    print(f'{source!r:40} {ast.unparse(tree)!r}')
