# Async generators chained into a pipeline; async comprehensions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def only_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x


async def main():
    result = [x async for x in only_even(squares(numbers(10)))]
    print(result)
    print({x: x + 1 async for x in numbers(4)})
    print({x % 3 async for x in numbers(9)})
    total = 0
    async for v in numbers(5):
        total += v
    print("total", total)

    gen = numbers(3)
    print(type(gen).__name__)
    print(await gen.__anext__(), await anext(gen), await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(numbers(0), "default"))

    ag = squares(numbers(3))
    print(hasattr(ag, "__aiter__"), ag.__aiter__() is ag)
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    nested = [[y async for y in numbers(x)] for x in range(3)]
    print(nested)
    gexp = (x * 2 async for x in numbers(3))
    print(type(gexp).__name__, [v async for v in gexp])


asyncio.run(main())
