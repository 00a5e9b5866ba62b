# Callback scheduling order: call_soon FIFO, call_later by delay, sleep(0) interleaving.
import asyncio


def cb(log, tag, *extra):
    log.append((tag,) + extra)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(cb, log, "soon-1")
    loop.call_soon(cb, log, "soon-2", "arg")
    base = loop.time()
    loop.call_at(base + 0.008, cb, log, "at-8ms")
    loop.call_at(base + 0.001, cb, log, "at-1ms")
    h = loop.call_soon(cb, log, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_at(base + 0.004, cb, log, "at-4ms")
    loop.call_at(base + 0.004, cb, log, "at-4ms-second")
    loop.call_later(0.1, cb, log, "never: the loop is gone by then")
    await asyncio.sleep(0.012)
    for entry in log:
        print(entry)

    order = []

    async def ticker(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 4))
    print(" ".join(order))

    order.clear()
    t = asyncio.create_task(ticker("t", 2))
    order.append("main-after-create")
    await asyncio.sleep(0)
    order.append("main-after-sleep0")
    await t
    print(" ".join(order))

    def recursive(n):
        log2.append(n)
        if n < 3:
            loop.call_soon(recursive, n + 1)

    log2 = []
    loop.call_soon(recursive, 0)
    loop.call_soon(log2.append, "x")
    await asyncio.sleep(0)
    print(log2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log2)


asyncio.run(main())
