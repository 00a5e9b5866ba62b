# SyntaxErrors of async code, from compile(): await, async for/with and async comprehensions
# where no coroutine runs them, yield from in a coroutine, return with a value in an async generator.
SOURCES = [
    "def f():\n    await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for i in x:\n        pass\n",
    "async with x:\n    pass\n",
    "async for i in x:\n    pass\n",
    "await x\n",
    "class A:\n    await x\n",
    "async def f():\n    def g():\n        await y\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 2\n    yield\n",
    "async def f():\n    yield 1\n    return\n",
    "def g():\n    return [i async for i in x]\n",
    "def g():\n    return [await i for i in x]\n",
    "def g():\n    return (await i for i in x)\n",
    "def g():\n    return (i async for i in x)\n",
    "async def f():\n    [(yield from x) for i in y]\n",
    "async def f():\n    class A:\n        async with x:\n            pass\n",
    "async def f():\n    return [await x async for x in y], {k: await v for k, v in z}\n",
]

for src in SOURCES:
    first = " | ".join(line.strip() for line in src.splitlines())
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{first:44} -> SyntaxError: {e.msg} (line {e.lineno})")
    else:
        print(f"{first:44} -> compiles")
