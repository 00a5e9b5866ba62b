# asyncio.Queue, PriorityQueue, LifoQueue: producers and consumers, join/task_done, errors.
import asyncio


async def producer(q, items, delay):
    for item in items:
        await asyncio.sleep(delay)
        await q.put(item)
        print("put", item, "size", q.qsize())


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append((name, item))
        await asyncio.sleep(0.005)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await producer(q, range(5), 0.01)
    await q.join()
    print(sorted(item for _, item in log))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q = asyncio.Queue(1)
    q.put_nowait("a")
    print(str(q), q.full())
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    # put() waits for room.
    putter = asyncio.create_task(q.put("b"))
    await asyncio.sleep(0.01)
    print("putter waiting:", not putter.done(), q.get_nowait(), q.qsize())
    await putter
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    # get() with a timeout, cancelled while waiting.
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out;", q.empty())

    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        await pq.put(item)
    print([(await pq.get())[1], (await pq.get())[1], (await pq.get())[1]])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.Queue[int])


asyncio.run(main())
