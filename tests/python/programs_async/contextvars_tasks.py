# contextvars: each task runs in a copy of the context at creation time.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {msg} (user={user.get('anonymous')})")


async def handle(rid, who):
    request_id.set(rid)
    if who:
        user.set(who)
    await asyncio.sleep(0)
    log("handling")
    await sub_step()
    return request_id.get()


async def sub_step():
    await asyncio.sleep(0)
    log("sub step sees the same context")


async def main():
    log("main start")
    results = await asyncio.gather(handle("r1", "alice"), handle("r2", None), handle("r3", "bob"))
    print(results)
    log("main unchanged")
    token = request_id.set("main-set")
    t = asyncio.create_task(handle("child", "carol"))
    await t
    log("after child")
    request_id.reset(token)
    log("after reset")

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get())
    t2 = asyncio.create_task(sub_step(), context=ctx)
    await t2
    print(request_id.name, repr(user.get(None)))
    try:
        user.get()
    except LookupError as e:
        print("LookupError:", type(e).__name__)


asyncio.run(main())
