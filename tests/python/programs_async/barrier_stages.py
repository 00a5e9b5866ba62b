# asyncio.Barrier (3.11): parties wait for each other at each stage.
import asyncio


async def runner(name, barrier, log):
    for stage in range(3):
        log.append(f"{name} reached {stage}")
        idx = await barrier.wait()
        if idx == 0:
            log.append(f"-- stage {stage} complete --")
    return name


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    print(await asyncio.gather(*(runner(n, barrier, log) for n in "ABC")))
    for line in log:
        print(line)

    b2 = asyncio.Barrier(2)

    async def lone():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken:", type(e).__name__, repr(e))

    t = asyncio.create_task(lone())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    await t
    print("broken flag:", b2.broken)
    await b2.reset()
    print("after reset:", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
