# Async batching and windowing helpers over async iterables.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def abatch(source, size):
    batch = []
    async for item in source:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


async def awindow(source, size):
    window = []
    async for item in source:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield list(window)


async def amap(fn, source):
    async for item in source:
        yield await fn(item) if asyncio.iscoroutinefunction(fn) else fn(item)


async def azip(*sources):
    iters = [s.__aiter__() for s in sources]
    while True:
        try:
            yield tuple([await it.__anext__() for it in iters])
        except StopAsyncIteration:
            return


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([b async for b in abatch(arange(7), 3)])
    print([w async for w in awindow(arange(5), 3)])
    print([v async for v in amap(double, arange(4))])
    print([v async for v in amap(str, arange(3))])
    print([p async for p in azip(arange(3), amap(double, arange(5)))])
    total = 0
    async for batch in abatch(amap(double, arange(10)), 4):
        total += sum(batch)
        print("batch", batch, "running", total)


asyncio.run(main())
