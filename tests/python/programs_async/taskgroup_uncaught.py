# An ExceptionGroup from a TaskGroup escapes asyncio.run (last line compared).
import asyncio


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 2:
        raise KeyError(f"missing item {n}")
    print("worker", n, "finished")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(worker(n))
    print("never printed")


asyncio.run(main())
