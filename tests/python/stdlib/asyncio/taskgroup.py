# asyncio.TaskGroup (3.11): waits for all, cancels the rest on error, ExceptionGroup.
import asyncio

log = []


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise fail
    log.append(f"{name} done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.1))
        b = tg.create_task(job("b", 0.05), name="bee")
        print(repr(tg), b.get_name())
    print(a.result(), b.result(), log, tg)
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.02))
            tg.create_task(job("bad", 0.1, ValueError("bad value")))
            tg.create_task(job("slow", 1))
            await asyncio.sleep(1)
            log.append("body not finished")
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, eg.exceptions)
    print(log)
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("v", 0, ValueError("v")))
            tg.create_task(job("k", 0, KeyError("k")))
    except* ValueError as eg:
        print("ValueError part:", eg.exceptions)
    except* KeyError as eg:
        print("KeyError part:", eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("t", 1))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error grouped:", eg.exceptions, log)
    log.clear()

    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    fresh = asyncio.TaskGroup()
    coro = job("x", 0)
    try:
        fresh.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    # Cancelling the task that runs the group cancels the group's tasks.
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1))
            await asyncio.sleep(1)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", log)


asyncio.run(main())
