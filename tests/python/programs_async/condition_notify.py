# asyncio.Condition: notify, notify_all, wait_for with a predicate.
import asyncio


async def consumer(cond, name, items, log):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        log.append(f"{name} got {item}")


async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items, log)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(log)

    woken = []

    async def sleeper(n):
        async with cond:
            await cond.wait()
            woken.append(n)

    ts = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("after notify_all:", woken)

    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked())
    print("released:", lock.locked())


asyncio.run(main())
