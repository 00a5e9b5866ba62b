# Async generators that hold resources: cleanup on break, on exhaustion, via aclosing, at shutdown.
import asyncio
import contextlib

log = []


async def records(name, n):
    log.append(f"open {name}")
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{name}-{i}"
    finally:
        log.append(f"close {name}")


async def main():
    async for r in records("full", 2):
        log.append(r)
    async for r in records("partial", 10):
        log.append(r)
        if r.endswith("1"):
            break
    log.append("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with contextlib.aclosing(records("managed", 10)) as gen:
        async for r in gen:
            log.append(r)
            break
    log.append("after aclosing")
    kept = records("kept", 10)
    log.append(await anext(kept))
    log.append("main returns")


asyncio.run(main())
print("\n".join(log))
