# asyncio.shield keeps the inner task running when the outer await is cancelled.
import asyncio


async def important(log):
    await asyncio.sleep(0.002)
    log.append("important work completed")
    return 42


async def main():
    log = []
    inner = asyncio.create_task(important(log))

    async def caller():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(caller())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    print(log)

    gate = asyncio.Event()

    async def gated():
        await gate.wait()
        return await important(log)

    shielded = asyncio.create_task(gated())
    try:
        r = await asyncio.wait_for(asyncio.shield(shielded), timeout=0.001)
    except asyncio.TimeoutError:
        print("timed out but shielded work goes on")
    gate.set()
    print(await shielded, shielded.cancelled())
    print(log)

    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await asyncio.shield(done))
    s = asyncio.shield(inner)
    print(s is inner)


asyncio.run(main())
