# Work distribution across workers: each worker's share, ordering of a FIFO queue.
import asyncio
import re
from collections import defaultdict


async def worker(name, queue, done):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            return name
        cost = job % 3
        for _ in range(cost):
            await asyncio.sleep(0)
        done[name].append(job)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in range(12):
        queue.put_nowait(job)
    done = defaultdict(list)
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    await queue.join()
    for _ in workers:
        queue.put_nowait(None)
    finished = await asyncio.gather(*workers)
    print(finished)
    for name in sorted(done):
        print(name, done[name])
    print(sorted(j for jobs in done.values() for j in jobs) == list(range(12)))
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(queue)), queue.qsize(), queue.empty())


asyncio.run(main())
