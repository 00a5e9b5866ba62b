# List, set, dict and generator comprehensions, nested and async.
import ast

for source in [
    "[x * 2 for x in range(10) if x % 2 if x > 3]",
    "{x for row in grid for x in row}",
    "{k: v for k, v in pairs}",
    "(n for n in numbers)",
    "sum(n for n in numbers)",
]:
    print(ast.dump(ast.parse(source, mode='eval')))
print(ast.dump(ast.parse("async def f():\n    return [y async for y in aiter() if await y]")))
