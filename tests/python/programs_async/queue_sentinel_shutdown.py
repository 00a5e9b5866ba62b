# A pipeline of stages connected by queues, shut down with sentinels.
import asyncio

STOP = object()


async def source(out_q, words):
    for w in words:
        await out_q.put(w)
    await out_q.put(STOP)


async def stage(name, in_q, out_q, fn):
    processed = 0
    while True:
        item = await in_q.get()
        if item is STOP:
            await out_q.put(STOP)
            break
        await out_q.put(fn(item))
        processed += 1
    return f"{name}: {processed} items"


async def sink(in_q, results):
    while (item := await in_q.get()) is not STOP:
        results.append(item)


async def main():
    words = "the quick brown fox jumps over the lazy dog".split()
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(maxsize=1), asyncio.Queue()
    results = []
    summaries = await asyncio.gather(
        source(q1, words),
        stage("upper", q1, q2, str.upper),
        stage("decorate", q2, q3, lambda w: f"<{w}:{len(w)}>"),
        sink(q3, results),
    )
    print(summaries)
    print(" ".join(results))
    print([q.qsize() for q in (q1, q2, q3)])

    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.002)
    except asyncio.TimeoutError:
        print("get timed out, queue still usable:", q.empty())
    q.put_nowait(1)
    print(await asyncio.wait_for(q.get(), timeout=1))
    try:
        asyncio.Queue(maxsize=2).put_nowait(None) or print("put None ok")
    except Exception as e:
        print(type(e).__name__)


asyncio.run(main())
