# PriorityQueue and LifoQueue ordering with a worker pool.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def worker(wid, q, out):
    while True:
        job = await q.get()
        out.append(f"w{wid}:{job.name}(p{job.priority})")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    for pr, name in [(5, "email"), (1, "fire"), (3, "lunch"), (1, "flood"), (2, "call"), (9, "nap")]:
        pq.put_nowait(Job(pr, name))
    print("queued", pq.qsize())
    drained = []
    while not pq.empty():
        drained.append(pq.get_nowait())
    print([j.name for j in drained])

    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(lq.qsize())])

    pq2 = asyncio.PriorityQueue()
    for t in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        await pq2.put(t)
    out = []
    workers = [asyncio.create_task(worker(i, pq2, out)) for i in range(2)]
    # Replace the tuples with Jobs for the workers.
    items = [pq2.get_nowait() for _ in range(pq2.qsize())]
    for pr, name in items:
        pq2.task_done()
        await pq2.put(Job(pr, name))
    await pq2.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(out)

    q = asyncio.Queue()
    print(type(q).__name__, asyncio.PriorityQueue.__mro__[1].__name__)


asyncio.run(main())
