# with statements: several items, targets, parenthesized items, async with.
import ast

for source in [
    "with open(p) as f: pass",
    "with a, b as (c, d), e as f.g: pass",
    "with (open(a) as x, open(b) as y):\n    pass",
    "async def f():\n    async with lock:\n        pass",
]:
    print(ast.dump(ast.parse(source)))
