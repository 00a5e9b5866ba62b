# asyncio.Lock, Event and Condition coordinating coroutines, and their reprs without addresses.
import asyncio
import re

def clean(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))

async def main():
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print("counter:", counter, clean(lock))

    ev = asyncio.Event()
    order = []
    async def waiter(i):
        await ev.wait()
        order.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(clean(ev), order)
    ev.set()
    await asyncio.gather(*tasks)
    print(clean(ev), order)

    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["apple", "pear"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print(clean(lock))

asyncio.run(main())
