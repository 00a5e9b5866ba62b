# if/elif/else, for/while with else, break and continue.
import ast

source = """
if a:
    x = 1
elif b:
    x = 2
elif c:
    pass
else:
    x = 3
for i, (j, k) in enumerate(pairs):
    if i:
        continue
    break
else:
    done()
while n > 0:
    n -= 1
else:
    print('ok')
async def f():
    async for item in stream:
        pass
    else:
        pass
"""
print(ast.dump(ast.parse(source), indent=1))
