# asyncio.timeout / timeout_at (3.11): cancel the block, TimeoutError, reschedule, repr.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("entered:", repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError; expired:", cm.expired(), "| cause:", type(e.__cause__).__name__)
    print(cm)

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired(), cm)

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0.01)

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("past deadline: the body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError at the first await")

    unentered = asyncio.timeout(1)
    print(unentered)
    try:
        unentered.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # An outer cancellation is not turned into TimeoutError.
    async def cancelled_inside():
        async with asyncio.timeout(10):
            await asyncio.sleep(1)

    t = asyncio.create_task(cancelled_inside())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel stays CancelledError")

    # Nested: the inner deadline fires first.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            print("outer continues")
    except TimeoutError:
        print("not reached")


asyncio.run(main())
