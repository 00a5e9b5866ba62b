# Function definitions, parameters of every kind, decorators, annotations, lambdas.
import ast

sources = [
    "def f(): pass",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:\n    return a",
    "def f(*, x): pass",
    "def f(a: int, *b: str, **c: float) -> None: ...",
    "@decorator\n@other(1, key=2)\ndef f(x):\n    '''doc'''\n    yield x",
    "async def g(session):\n    await session.close()\n    return [x async for x in session]",
    "lambda: 0",
    "lambda x, y=2, *z, w, **k: x + y",
    "def gen():\n    x = yield\n    y = yield from range(3)",
]
for source in sources:
    print(ast.dump(ast.parse(source), indent=2))
