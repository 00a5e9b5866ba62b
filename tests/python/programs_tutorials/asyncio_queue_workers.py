# The asyncio.Queue docs example: workers consume jobs, queue.join() waits, then workers are cancelled.
import asyncio

async def worker(name, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(job / 1000)
        done.append((job, name))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for job in [5, 1, 4, 2, 3, 6, 0]:
        queue.put_nowait(job)
    done = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, done)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("jobs done:", sorted(j for j, _ in done))
    print("workers used:", len({n for _, n in done}) >= 1)
    small = asyncio.Queue(maxsize=1)
    await small.put("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", small.full(), small.qsize(), small.maxsize)
    await small.get()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", small.empty())
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for n in (3, 1, 2):
        pq.put_nowait(n)
        lq.put_nowait(n)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])

asyncio.run(main())
