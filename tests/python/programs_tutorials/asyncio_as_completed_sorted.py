# asyncio.as_completed yields awaitables in completion order; sort for a stable report.
import asyncio

async def download(name, size):
    await asyncio.sleep(size / 10000)
    return name, size

async def main():
    files = {"a.txt": 30, "b.txt": 10, "c.txt": 20, "d.txt": 0}
    got = []
    for coro in asyncio.as_completed([download(n, s) for n, s in files.items()]):
        got.append(await coro)
    print(sorted(got))
    print("total bytes:", sum(s for _, s in got))
    try:
        for coro in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
