# asyncio.gather propagates the first exception out of asyncio.run.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionResetError(f"peer reset on request {n}")
    return n

async def main():
    print(await asyncio.gather(fetch(0), fetch(1)))
    print(await asyncio.gather(fetch(1), fetch(2), fetch(3)))

asyncio.run(main())
