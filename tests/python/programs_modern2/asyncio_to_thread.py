# asyncio.to_thread (3.9) runs a blocking function in a worker thread and awaits it.
import asyncio
import threading


def blocking(n, *, scale=1):
    return sum(range(n)) * scale, threading.current_thread() is threading.main_thread()


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking, 10), asyncio.to_thread(blocking, 5, scale=2))
    print(results)

    def fails():
        raise ValueError("in thread")

    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
