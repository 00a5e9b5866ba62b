# A shared counter protected by asyncio.Lock; race without the lock.
import asyncio

counter = 0


async def unsafe_inc(n):
    global counter
    for _ in range(n):
        v = counter
        await asyncio.sleep(0)
        counter = v + 1


async def safe_inc(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1


async def main():
    global counter
    await asyncio.gather(*(unsafe_inc(5) for _ in range(4)))
    print("unsafe total:", counter)
    counter = 0
    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    await asyncio.gather(*(safe_inc(lock, 5) for _ in range(4)))
    print("safe total:", counter)
    print("locked after:", lock.locked())

    await lock.acquire()
    print("acquired manually:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    order = []

    async def holder(name):
        async with lock:
            order.append(name + "+")
            await asyncio.sleep(0.001)
            order.append(name + "-")

    await asyncio.gather(holder("a"), holder("b"), holder("c"))
    print(order)

    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
