# asyncio.wait_for and asyncio.timeout (3.11): the slow coroutine is cancelled, cleanup runs.
import asyncio

log = []

async def slow_operation(label):
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        log.append(f"{label} cancelled")
        raise
    finally:
        log.append(f"{label} cleanup")

async def main():
    try:
        await asyncio.wait_for(slow_operation("wait_for"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, e.__class__ is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, result="no limit"), timeout=None))
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow_operation("timeout cm")
    except TimeoutError:
        print("timeout cm expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0)
    print("no deadline:", cm2.when(), cm2.expired())
    try:
        async with asyncio.timeout(0.5) as cm3:
            cm3.reschedule(asyncio.get_running_loop().time() + 0.01)
            await slow_operation("rescheduled")
    except TimeoutError:
        print("rescheduled deadline hit")
    print("\n".join(log))

asyncio.run(main())
