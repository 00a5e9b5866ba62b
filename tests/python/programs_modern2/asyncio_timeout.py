# asyncio.timeout and timeout_at (3.11) turn cancellation into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), cm.expired())
        await asyncio.sleep(0)

    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    print("expired?", cm.expired())

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            cm.reschedule(None)
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit, expired:", cm.expired())

    # inner cancellation that is not the timeout's is not converted
    async def cancel_me():
        async with asyncio.timeout(5):
            await asyncio.sleep(1)

    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("plain cancel stays CancelledError")

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("wait_for raises TimeoutError:", isinstance(e, asyncio.TimeoutError))


asyncio.run(main())
