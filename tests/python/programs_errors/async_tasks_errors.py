# asyncio tasks that fail, time out and get cancelled; gather with return_exceptions.
import asyncio

async def fetch(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    return f"{name} ok"

async def main():
    results = await asyncio.gather(
        fetch("a", 0.01), fetch("b", 0.02, ValueError("bad payload")), fetch("c", 0.0, KeyError("c")),
        return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    try:
        await asyncio.gather(fetch("d", 0.01), fetch("e", 0.0, RuntimeError("e failed")))
    except RuntimeError as e:
        print("gather raised:", e)
    try:
        await asyncio.wait_for(fetch("slow", 5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e), isinstance(e, TimeoutError))
    task = asyncio.create_task(fetch("long", 5))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled:", type(e).__name__, task.cancelled(), isinstance(e, Exception), isinstance(e, BaseException))
    t2 = asyncio.create_task(fetch("x", 0, OSError(5, "disk error")))
    await asyncio.sleep(0.01)
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except OSError as e:
        print("result raised:", e, e.errno)
    t3 = asyncio.create_task(fetch("y", 1))
    try:
        t3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t3.cancel()
    try:
        await fetch("z", 0, StopIteration("inside coroutine"))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("asyncio.timeout ->", type(e).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("g1", 0.01))
            tg.create_task(fetch("g2", 0, ValueError("g2 broke")))
            tg.create_task(fetch("g3", 0, TypeError("g3 broke")))
    except* ValueError as eg:
        print("TaskGroup ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TaskGroup TypeErrors:", [str(e) for e in eg.exceptions])
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.run(fetch)
except (TypeError, ValueError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
coro = fetch("never", 0)
coro.close()
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(fetch("final", 0, ConnectionResetError(104, "Connection reset by peer")))
