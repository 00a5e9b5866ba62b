import asyncio
from dataclasses import dataclass

@dataclass
class Job:
    name: str
    delay: float
    fail: bool = False

async def run(job: Job) -> str:
    await asyncio.sleep(job.delay)
    if job.fail:
        raise ValueError(f"{job.name} failed")
    return job.name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run(Job(n, d))) for n, d in [("a", 0.02), ("b", 0.01), ("c", 0)]]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run(Job("x", 0.01, fail=True)))
            tg.create_task(run(Job("y", 5, fail=True)))  # cancelled when x fails, however slow the host
            tg.create_task(run(Job("z", 0.5)))
    except* ValueError as eg:
        print("failures:", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    results = await asyncio.gather(run(Job("p", 0)), run(Job("q", 0, True)), return_exceptions=True)
    print([repr(r) for r in results])
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()], await anext(aiter(agen())))
    ait = agen()
    print(await anext(ait), await anext(ait), await anext(ait), await anext(ait, "done"))
    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.get_name(), t.cancelled())

asyncio.run(main())
async def boom():
    raise KeyError("async boom")
asyncio.run(boom())
