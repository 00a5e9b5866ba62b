# Inspect task states as they progress: pending, done, cancelled, exception.
import asyncio


def status(t):
    if not t.done():
        return "pending"
    if t.cancelled():
        return "cancelled"
    if t.exception() is not None:
        return f"error:{type(t.exception()).__name__}"
    return f"result:{t.result()}"


async def countdown(n, fail_at=None):
    while n > 0:
        if n == fail_at:
            raise RuntimeError(f"failed at {n}")
        await asyncio.sleep(0)
        n -= 1
    return "liftoff"


async def main():
    tasks = {
        "quick": asyncio.create_task(countdown(1)),
        "slow": asyncio.create_task(countdown(4)),
        "broken": asyncio.create_task(countdown(3, fail_at=2)),
        "doomed": asyncio.create_task(countdown(100)),
    }
    for step in range(5):
        print(step, {k: status(t) for k, t in tasks.items()})
        if step == 2:
            tasks["doomed"].cancel()
        await asyncio.sleep(0)
    print({k: t.done() for k, t in tasks.items()})


asyncio.run(main())
