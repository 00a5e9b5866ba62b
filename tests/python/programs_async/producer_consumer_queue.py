# Producers and consumers sharing an asyncio.Queue, with join() and task_done().
import asyncio


async def producer(name, queue, items):
    for item in items:
        await queue.put((name, item))
        print(f"{name} produced {item} (qsize={queue.qsize()})")
        await asyncio.sleep(0)
    print(f"{name} done")


async def consumer(name, queue, log):
    while True:
        source, item = await queue.get()
        log.append((name, source, item))
        print(f"{name} consumed {item} from {source}")
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full())
    log = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, log)) for i in range(2)]
    producers = [asyncio.create_task(producer(p, queue, range(k))) for p, k in (("pA", 3), ("pB", 4))]
    await asyncio.gather(*producers)
    await queue.join()
    print("all items processed:", len(log))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(sorted(log))
    print("empty at end:", queue.empty())

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
