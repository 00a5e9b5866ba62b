# asyncio.gather: results in argument order, return_exceptions, cancellation.
import asyncio

finished = []


async def value(v, delay):
    await asyncio.sleep(delay)
    finished.append(v)
    return v


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"boom after {delay}")


async def main():
    print(await asyncio.gather(value("slow", 0.15), value("fast", 0.05), value("mid", 0.1)))
    print(finished)
    print(await asyncio.gather())
    t = asyncio.create_task(value("task", 0.01))
    print(await asyncio.gather(t, t, value("coro", 0)))

    print(await asyncio.gather(value(1, 0.05), boom(0.1), return_exceptions=True))
    gate = asyncio.Event()

    async def gated():
        await gate.wait()
        return "still running"

    slow = asyncio.create_task(gated())
    try:
        await asyncio.gather(boom(0.01), slow)
    except ValueError as e:
        print("first error propagates:", e, "| other child done:", slow.done())
    gate.set()
    print("the other child finishes anyway:", await slow)

    # Cancelling the gather cancels every child.
    kids = [asyncio.create_task(value(i, 1)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0.01)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled;", [k.cancelled() for k in kids])

    # A cancelled child with return_exceptions=True shows up as a CancelledError value.
    victim = asyncio.create_task(value("victim", 1))
    g2 = asyncio.gather(victim, value("ok", 0.02), return_exceptions=True)
    await asyncio.sleep(0.01)
    victim.cancel()
    res = await g2
    print([type(r).__name__ for r in res], res[1])


asyncio.run(main())
