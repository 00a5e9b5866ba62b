# Reprs of asyncio's synchronization primitives and queues in their various states.
import asyncio
import re


def r(obj):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(obj))


async def main():
    lock = asyncio.Lock()
    print(r(lock))
    await lock.acquire()
    print(r(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    await waiter
    lock.release()
    print(r(lock))

    ev = asyncio.Event()
    print(r(ev))
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    await w
    print(r(ev))

    sem = asyncio.Semaphore(2)
    print(r(sem))
    await sem.acquire()
    await sem.acquire()
    print(r(sem))
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(r(sem))
    sem.release()
    await sw
    print(r(asyncio.BoundedSemaphore(3)))

    cond = asyncio.Condition()
    print(r(cond))
    async with cond:
        print(r(cond))

    q = asyncio.Queue()
    print(r(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(r(q))
    print(r(asyncio.Queue(maxsize=5)))
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, "a"))
    print(r(pq))
    g = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    g.cancel()
    print(r(asyncio.LifoQueue(3)))
    b = asyncio.Barrier(2)
    print(r(b))


asyncio.run(main())
