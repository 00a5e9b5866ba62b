# ast.unparse (3.9) and ast.dump(indent=) (3.9).
import ast

src = "def f(a, /, b=1, *args, c, **kw) -> int:\n    return (a + b) * c if kw else [x ** 2 for x in args]\n"
tree = ast.parse(src)
print(ast.unparse(tree))
print(ast.dump(ast.parse("x = 1 + 2"), indent=2))
print(ast.unparse(ast.parse("match p:\n    case Point(x=0) | [1, *_]:\n        pass")))
for s in ["(a := 5)", "f'{x!r:>{w}}'", "lambda: (yield)", "a[1:2, ::3]", "-(1 ** 2)", "not (a and b or c)",
          "x = *a, *b", "async def g():\n    async with a as b, c:\n        await d"]:
    print(ast.unparse(ast.parse(s)))
print(ast.dump(ast.parse("f(x)", mode="eval").body, include_attributes=False))
