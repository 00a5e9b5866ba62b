# asyncio.Event: waiters released together; clear and wait again.
import asyncio


async def waiter(name, event, log):
    log.append(f"{name} waiting")
    got = await event.wait()
    log.append(f"{name} woke with {got}")


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    log = []
    tasks = [asyncio.create_task(waiter(n, event, log)) for n in "xyz"]
    await asyncio.sleep(0)
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print("is_set:", event.is_set())
    print("wait on set event:", await event.wait())
    event.clear()
    print("cleared:", event.is_set())

    async def setter():
        await asyncio.sleep(0.002)
        print("setter sets")
        event.set()

    await asyncio.gather(setter(), waiter("late", event, log))
    print(log[-1])

    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=0.002)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e == e, isinstance(e, TimeoutError))


asyncio.run(main())
