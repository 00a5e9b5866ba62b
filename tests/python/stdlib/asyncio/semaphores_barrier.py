# asyncio.Semaphore, BoundedSemaphore and Barrier (3.11).
import asyncio

active = 0
peak = 0


async def limited(sem, delay):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(delay)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), repr(sem).endswith("[unlocked, value:2]>"))
    await asyncio.gather(*(limited(sem, 0.01 * (i + 1)) for i in range(5)))
    print("peak concurrency:", peak)
    await sem.acquire()
    await sem.acquire()
    print(sem.locked(), repr(sem).endswith("[locked]>"))
    sem.release()
    sem.release()
    sem.release()
    print("plain Semaphore may go above its start:", repr(sem).endswith("value:3]>"))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken,
          repr(barrier).endswith("[filling, waiters:0/3]>"))

    async def party(name, delay):
        await asyncio.sleep(delay)
        print(name, "arrives")
        index = await barrier.wait()
        print(name, "passes")
        return index

    indexes = await asyncio.gather(party("p1", 0.05), party("p2", 0.1), party("p3", 0.15))
    print(sorted(indexes))

    late = asyncio.create_task(party("lonely", 0))
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    try:
        await late
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, barrier.broken)
    await barrier.reset()
    print("after reset:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
