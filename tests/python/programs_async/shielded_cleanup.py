# Cleanup that must finish even when cancelled: shield inside finally; cancel() counts.
import asyncio


async def save_state(log, what):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"saved {what}")


async def job(log):
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.shield(save_state(log, "job"))
        log.append("finally done")


async def main():
    log = []
    t = asyncio.create_task(job(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("job cancelled")
    print(log)

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("  first cancel ignored, cancelling() =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        await asyncio.sleep(0)
        return "survived"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelling())

    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(c.cancel(), c.cancel(), c.cancelling())
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled once even if asked twice", c.cancelled())


asyncio.run(main())
