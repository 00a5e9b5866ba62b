# asyncio.timeout context manager details: reschedule, expired(), nested timeouts.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(5) as cm:
        print("when set:", cm.when() is not None, "expired:", cm.expired())
        r = await work(0)
    print("result", r, "expired:", cm.expired())

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.001)
            await work(1)
    except TimeoutError:
        print("rescheduled timeout fired; expired:", cm.expired())

    try:
        async with asyncio.timeout(0.5):
            async with asyncio.timeout(0.001):
                await work(1)
    except TimeoutError:
        print("inner timeout escaped to outer? no")
    else:
        print("not reached")

    try:
        async with asyncio.timeout(0.002) as outer:
            try:
                async with asyncio.timeout(0.5):
                    await work(1)
            except TimeoutError:
                print("inner caught (wrong)")
    except TimeoutError:
        print("outer fired; outer expired:", outer.expired())

    async with asyncio.timeout(0.5) as cm:
        try:
            async with asyncio.timeout(0.001):
                await work(1)
        except TimeoutError:
            print("inner fired and was caught inside outer")
    print("outer expired:", cm.expired())

    try:
        async with asyncio.timeout(0.001):
            try:
                await work(1)
            finally:
                print("finally runs on timeout")
    except TimeoutError as e:
        print(type(e).__name__, repr(e), type(e.__cause__).__name__ if e.__cause__ else None)


asyncio.run(main())
