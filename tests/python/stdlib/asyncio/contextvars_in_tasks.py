# Each task runs in a copy of the context it was created in.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    # Other tasks set their own value meanwhile; ours is unchanged.
    return f"{rid} sees {request_id.get()}"


async def inner():
    return request_id.get()


async def main():
    print(await asyncio.gather(handle("r1", 0.02), handle("r2", 0.01)))
    print("main still sees:", request_id.get())

    request_id.set("from main")
    t = asyncio.create_task(inner())
    request_id.set("changed after create")
    print("task copied at creation:", await t)
    print("awaited coroutine shares main's context:", await inner())

    ctx = contextvars.Context()
    ctx.run(request_id.set, "explicit")
    print("explicit context:", await asyncio.create_task(inner(), context=ctx))

    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(request_id.get()))
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx)
    await asyncio.sleep(0)
    print("callbacks:", seen)

    async def setter():
        request_id.set("set inside TaskGroup task")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(setter())
    print("after TaskGroup:", request_id.get())


asyncio.run(main())
print("after run:", request_id.get())
