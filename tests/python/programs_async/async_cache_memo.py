# An async memoizing cache that coalesces concurrent requests for the same key.
import asyncio


class AsyncCache:
    def __init__(self, loader):
        self.loader = loader
        self.values = {}
        self.inflight = {}
        self.loads = 0

    async def get(self, key):
        if key in self.values:
            return self.values[key]
        if key in self.inflight:
            return await self.inflight[key]
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        try:
            self.loads += 1
            value = await self.loader(key)
        except Exception as e:
            fut.set_exception(e)
            raise
        else:
            self.values[key] = value
            fut.set_result(value)
            return value
        finally:
            del self.inflight[key]


async def slow_square(key):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    if key < 0:
        raise ValueError(f"negative key {key}")
    return key * key


async def main():
    cache = AsyncCache(slow_square)
    results = await asyncio.gather(*(cache.get(k) for k in [3, 3, 4, 3, 4, 5]))
    print(results, "loads:", cache.loads)
    print(await cache.get(3), "loads:", cache.loads)
    res = await asyncio.gather(cache.get(-1), cache.get(-1), return_exceptions=True)
    print([repr(r) for r in res], "loads:", cache.loads)
    print(sorted(cache.values.items()), cache.inflight)


asyncio.run(main())
