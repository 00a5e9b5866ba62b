# Cancelling tasks: CancelledError inside, cleanup in finally, cancel messages.
import asyncio


async def long_job(log):
    try:
        log.append("job started")
        await asyncio.sleep(10)
        log.append("job finished")
    except asyncio.CancelledError as e:
        log.append(f"job cancelled args={e.args}")
        raise
    finally:
        log.append("job cleanup")


async def main():
    log = []
    task = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print("cancel returned", task.cancel())
    print("cancelling count", task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(log)
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel again:", task.cancel())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)
    try:
        task.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError too")

    t2 = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log[-2:])

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    t4 = asyncio.create_task(asyncio.sleep(0, "never"))
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print("cancelled before it started")
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
