# asyncio.gather keeps argument order; return_exceptions=True collects errors as values.
import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(f"{name} not found")
    return f"{name}:{delay}"

async def main():
    results = await asyncio.gather(fetch("a", 0.003), fetch("b", 0.001), fetch("c", 0.002))
    print(results)
    mixed = await asyncio.gather(fetch("x", 0.001), fetch("y", 0, fail=True), fetch("z", 0.002),
                                 return_exceptions=True)
    for r in mixed:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(fetch("p", 0), fetch("q", 0, fail=True))
    except LookupError as e:
        print("first error propagates:", e)
    print(await asyncio.gather())
    print(await asyncio.gather(*(fetch(str(i), 0) for i in range(3))))

asyncio.run(main())
