# Async producers and consumers over a bounded asyncio.Queue with None sentinels.
import asyncio

async def producer(q, pid, n):
    for i in range(n):
        await q.put((pid, i))
        await asyncio.sleep(0)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return len([x for x in out])
        out.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, out)) for _ in range(2)]
    await asyncio.gather(*(producer(q, p, 5) for p in range(3)))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    await q.join()
    print(len(out), sorted(out)[:4])
    for p in range(3):
        print(p, [i for pid, i in out if pid == p])

asyncio.run(main())
