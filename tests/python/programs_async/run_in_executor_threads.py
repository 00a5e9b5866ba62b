# Blocking work in a ThreadPoolExecutor via loop.run_in_executor and asyncio.to_thread.
import asyncio
import concurrent.futures
import functools
import time


def blocking_square(x):
    time.sleep(0.001)
    return x * x


def blocking_join(sep, *parts, upper=False):
    s = sep.join(parts)
    return s.upper() if upper else s


def blocking_fail(msg):
    raise OSError(msg)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        futs = [loop.run_in_executor(pool, blocking_square, i) for i in range(6)]
        print(await asyncio.gather(*futs))
        print(await loop.run_in_executor(pool, functools.partial(blocking_join, "-", "a", "b", upper=True)))
        try:
            await loop.run_in_executor(pool, blocking_fail, "disk full")
        except OSError as e:
            print("OSError from thread:", e)
    print(await loop.run_in_executor(None, blocking_square, 12))
    print(await asyncio.to_thread(blocking_join, ", ", "x", "y", "z"))
    print(await asyncio.to_thread(blocking_join, "+", "p", "q", upper=True))
    fut = loop.run_in_executor(None, sum, [1, 2, 3])
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    results = await asyncio.gather(*(asyncio.to_thread(blocking_square, n) for n in range(4)))
    print(results)
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
