# loop.run_in_executor with the default executor and an explicit ThreadPoolExecutor.
import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

def cpu_work(n, scale=1):
    return sum(i * i for i in range(n)) * scale

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, cpu_work, 100)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc") as pool:
        futs = [loop.run_in_executor(pool, functools.partial(cpu_work, n, scale=2)) for n in (10, 20, 30)]
        r2 = await asyncio.gather(*futs)
    print(r1, r2)
    fut = loop.run_in_executor(None, cpu_work, 5)
    print(isinstance(fut, asyncio.Future))
    print(await fut)
    try:
        await loop.run_in_executor(None, functools.partial(cpu_work, scale=2), "x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
