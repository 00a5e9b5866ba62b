# Tracebacks through asyncio and contextvars show no frames of Future, Task, Context and the other parts CPython implements in C.
import asyncio, traceback, sys
async def inner():
    await asyncio.sleep(0)
    raise ValueError("deep")
async def middle():
    return await inner()
async def main():
    t = asyncio.create_task(middle())
    try:
        await t
    except ValueError:
        for line in traceback.format_exc().splitlines():
            if not line.strip().startswith(("~", "^")):
                print(line.replace(__file__, "PROGRAM"))
    try:
        await asyncio.gather(middle())
    except ValueError:
        print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
    try:
        await asyncio.wait_for(middle(), 1)
    except ValueError:
        print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    try:
        await f
    except KeyError:
        print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
    try:
        f.result()
    except KeyError:
        print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
asyncio.run(main())
import asyncio, traceback, sys, contextvars
def frames():
    return [fs.name for fs in traceback.extract_tb(sys.exc_info()[2])]
v = contextvars.ContextVar("v")
def cb_fail():
    raise OSError("in callback")
async def main2():
    try:
        v.get()
    except LookupError:
        print("ContextVar.get", frames())
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError:
        print("result pending", frames())
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError:
        print("set twice", frames())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("await cancelled", frames())
    async def waiter():
        await asyncio.sleep(10)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("await cancelled waiter", frames())
    ctx = contextvars.copy_context()
    try:
        ctx.run(cb_fail)
    except OSError:
        print("Context.run", frames())
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout", frames())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except TimeoutError:
        print("wait_for", frames())
try:
    asyncio.get_running_loop()
except RuntimeError:
    print("get_running_loop", frames())
asyncio.run(main2())
try:
    asyncio.run(asyncio.sleep(0, result=1/0))
except ZeroDivisionError:
    print("zero", frames())
async def bad():
    raise KeyError("x")
try:
    asyncio.run(bad())
except KeyError:
    print("run bad", frames())
