# aiter() and anext() built-ins (3.10), with and without a default.
import asyncio


async def countdown(n):
    while n > 0:
        yield n
        n -= 1
        await asyncio.sleep(0)


class Ticker:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = aiter(Ticker(2))
    print(t is aiter(t), [x async for x in t])
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)
    print(await anext(Ticker(0), None))


asyncio.run(main())
