# Cancelling a gather() cancels every child; a child's cancellation reaches gather too.
import asyncio

log = []

async def child(name, ticks):
    try:
        for _ in range(ticks):
            await asyncio.sleep(0)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 100), child("b", 100))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print(sorted(log))
    log.clear()
    t = asyncio.create_task(child("victim", 100))
    g2 = asyncio.gather(t, child("survivor", 3), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in await g2])
    t2 = asyncio.create_task(child("victim2", 100))
    g3 = asyncio.gather(t2, child("other", 3))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("g3 raised CancelledError; g3.cancelled():", g3.cancelled())
    print(sorted(log))

asyncio.run(main())
