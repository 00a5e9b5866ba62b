# Limit concurrency with a Semaphore; BoundedSemaphore over-release.
import asyncio

active = 0
peak = 0


async def fetch(sem, i, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start {i} (active {active})")
        await asyncio.sleep(0.001)
        active -= 1
        log.append(f"end {i}")
    return i * 10


async def main():
    sem = asyncio.Semaphore(3)
    print("locked?", sem.locked())
    log = []
    results = await asyncio.gather(*(fetch(sem, i, log) for i in range(7)))
    print(results)
    print("peak concurrency:", peak)
    print(len(log), log[:4])

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    await b.acquire()
    print("bounded locked:", b.locked())
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    s = asyncio.Semaphore(0)
    print("zero locked:", s.locked())
    s.release()
    print("after release:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
