# asyncio.as_completed gives results in completion order; shield protects from cancellation.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("third", 0.25), job("first", 0.05), job("second", 0.15)]
    for nxt in asyncio.as_completed(coros):
        print("completed:", await nxt)

    try:
        for nxt in asyncio.as_completed([job("fast", 0.01), job("slow", 1)], timeout=0.03):
            print("completed:", await nxt)
    except TimeoutError:
        print("as_completed timed out")

    inner = asyncio.create_task(job("protected", 0.03))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner still finishes:", await inner)

    async def waiter():
        return await asyncio.shield(job("shielded", 0.2))

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    done = asyncio.create_task(job("done", 0))
    await done
    print(asyncio.shield(done) is done)


asyncio.run(main())
