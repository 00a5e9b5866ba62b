# Exceptions inside `async with semaphore` release it; waiters are served in FIFO order.
import asyncio


async def task(sem, i, log):
    async with sem:
        log.append(f"enter {i}")
        await asyncio.sleep(0)
        if i % 3 == 0:
            raise ValueError(f"task {i} failed")
        log.append(f"exit {i}")
    return i


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(*(task(sem, i, log) for i in range(7)), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in results])
    print(log)
    print("semaphore free again:", not sem.locked(), sem._value)

    lock = asyncio.Lock()
    order = []

    async def grab(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(*(grab(i) for i in range(6)))
    print("lock order:", order)

    s = asyncio.Semaphore(1)
    async with s:
        try:
            await asyncio.wait_for(s.acquire(), timeout=0.002)
        except asyncio.TimeoutError:
            print("acquire timed out while held")
    print("held after?", s.locked())


asyncio.run(main())
