# TaskGroup corner cases: errors in the body, nesting, cancellation, reuse, shutdown.
import asyncio
async def ok(n):
    for _ in range(n): await asyncio.sleep(0)
    return n
async def bad(n, exc):
    for _ in range(n): await asyncio.sleep(0)
    raise exc
async def case(name, coro):
    try:
        r = await coro
        print(name, "->", r)
    except BaseException as e:
        print(name, "!!", type(e).__name__, repr(e) if not isinstance(e, BaseExceptionGroup) else (e.message, [repr(x) for x in e.exceptions]))
async def body_raises():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(5))
        await asyncio.sleep(0)
        raise KeyError("body")
async def body_and_child():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0, ValueError("child")))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        raise KeyError("body")
async def nested():
    async with asyncio.TaskGroup() as outer:
        outer.create_task(ok(1))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(bad(1, ZeroDivisionError("inner")))
        print("unreachable")
async def child_cancelled():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(10))
        await asyncio.sleep(0)
        t.cancel()
    return t.cancelled()
async def shutting_down():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0, ValueError("first")))
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            coro = ok(1)
            try:
                tg.create_task(coro)
            except RuntimeError as e:
                coro.close()
                print("  ", e)
            raise
async def two_errors():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1, ValueError("a")))
        tg.create_task(bad(1, TypeError("b")))
        tg.create_task(bad(3, OSError("c")))
async def after_exit():
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    coro = ok(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        return str(e)
async def reenter():
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            return str(e)
async def results():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(ok(i), name=f"n{i}") for i in range(3)]
    return [(t.get_name(), t.result()) for t in ts]
async def cancel_parent():
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(100))
            await asyncio.sleep(10)
    t = asyncio.create_task(inner())
    await asyncio.sleep(0); await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        return "parent cancelled"
async def main():
    for name in ["body_raises", "body_and_child", "nested", "child_cancelled", "shutting_down", "two_errors", "after_exit", "reenter", "results", "cancel_parent"]:
        await case(name, globals()[name]())
asyncio.run(main())
