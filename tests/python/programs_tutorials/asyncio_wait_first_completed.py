# asyncio.wait with FIRST_COMPLETED and FIRST_EXCEPTION, then cancel what is left.
import asyncio

async def job(name, ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    tasks = {asyncio.create_task(job(n, t), name=n) for n, t in [("fast", 1), ("mid", 5), ("slow", 50)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    tasks = [asyncio.create_task(job("ok", 1)), asyncio.create_task(job("bad", 2, fail=True)),
             asyncio.create_task(job("late", 100))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [str(t.exception()) for t in done if t.exception()])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending, timeout=1)
    print(len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
