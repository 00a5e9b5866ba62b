# wait_for and asyncio.timeout (3.11): timeouts and cancellation of the inner task.
import asyncio


async def slow(log, name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} ok"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, "quick", 0), timeout=1))
    try:
        await asyncio.wait_for(slow(log, "slow", 1), timeout=0.001)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), e.args)
    print(log)
    print(await asyncio.wait_for(slow(log, "no limit", 0.001), None))

    try:
        async with asyncio.timeout(0.001) as cm:
            await slow(log, "in timeout", 1)
    except TimeoutError as e:
        print("timeout cm raised", type(e).__name__)
    print("expired:", cm.expired())
    print(log)

    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0)
    print("when:", cm2.when(), "expired:", cm2.expired())

    async with asyncio.timeout(1) as cm3:
        cm3.reschedule(None)
        await asyncio.sleep(0.001)
    print("rescheduled to None:", cm3.when())

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("zero timeout expires")

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at in the past expires")

    try:
        await asyncio.wait_for(slow(log, "zero", 1), timeout=0)
    except asyncio.TimeoutError:
        print("wait_for timeout=0")
    print(log[-1])
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
