# asyncio.to_thread runs blocking calls in threads and carries the current context along.
import asyncio
import contextvars
import threading
import time

request_id = contextvars.ContextVar("request_id", default="none")

def blocking_io(n):
    time.sleep(0.002)
    return n, request_id.get(), threading.current_thread() is not threading.main_thread()

async def handle(n):
    request_id.set(f"req-{n}")
    return await asyncio.to_thread(blocking_io, n)

async def main():
    results = await asyncio.gather(*(handle(n) for n in range(4)))
    for r in results:
        print(r)
    print("main context:", request_id.get())
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
