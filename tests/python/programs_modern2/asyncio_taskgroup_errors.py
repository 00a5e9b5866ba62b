# asyncio.TaskGroup (3.11): a failing task cancels its siblings; errors arrive as a group.
import asyncio


async def worker(name, delay, fail=False, log=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 0.01, log=log))
        t2 = tg.create_task(worker("b", 0.02, log=log))
    print("all done:", t1.result(), t2.result(), log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow", 1, log=log))
            tg.create_task(worker("bad", 0.01, fail=True, log=log))
            tg.create_task(worker("bad2", 0.01, fail=True, log=log))
    except* ValueError as eg:
        print("errors:", sorted(str(e) for e in eg.exceptions))
    print("log:", log)

    # an error in the body of the async with also cancels the tasks
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("child", 1, log=log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))
    print("log:", log)

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(worker("x", 0, log=[]))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
