# Cancelling a gather() future cancels its children; cancelling one child.
import asyncio


async def worker(name, log, n=1000):
    try:
        for _ in range(n):
            await asyncio.sleep(0)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    g = asyncio.gather(worker("a", log), worker("b", log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(sorted(log), g.cancelled())

    log.clear()
    t1 = asyncio.create_task(worker("x", log, 3))
    t2 = asyncio.create_task(worker("y", log, 1000))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather raised CancelledError when a child was cancelled")
    print(sorted(log))
    for _ in range(5):
        await asyncio.sleep(0)
    print("x result:", t1.result() if t1.done() else "pending")

    log.clear()
    t3 = asyncio.create_task(worker("p", log, 2))
    t4 = asyncio.create_task(worker("q", log, 1000))
    g3 = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t4.cancel()
    res = await g3
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(sorted(log))
    done = asyncio.gather()
    print(done.done(), done.result())


asyncio.run(main())
