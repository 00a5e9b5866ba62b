# asyncio.Lock, Event, Condition: mutual exclusion, waking, reprs, misuse errors.
import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).endswith("[unlocked]>"))
    await asyncio.gather(*(critical(lock, n) for n in "abc"))
    print(log)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:1]>"))
    lock.release()
    await waiter
    print("waiter got it:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).endswith("[unset]>"))

    async def wait_event(name):
        await ev.wait()
        print(name, "saw the event")

    ws = [asyncio.create_task(wait_event(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print(repr(ev).endswith("[unset, waiters:2]>"))
    ev.set()
    await asyncio.gather(*ws)
    print(await ev.wait(), repr(ev).endswith("[set]>"))
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "took", items.pop(0))

    cs = [asyncio.create_task(consume(n)) for n in ("c1", "c2")]
    await asyncio.sleep(0.01)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print("condition shares the lock:", shared.locked())


asyncio.run(main())
