# TaskGroup (3.11): one failure cancels siblings; errors arrive as an ExceptionGroup for except*.
import asyncio

events = []

async def worker(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
        if error:
            raise error
        events.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 0.001))
        t2 = tg.create_task(worker("b", 0.002))
    print("results:", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow", 1))
            tg.create_task(worker("bad1", 0.001, ValueError("v")))
            tg.create_task(worker("bad2", 0.001, KeyError("k")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print(sorted(events))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("lonely", 0, TypeError("t")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))

asyncio.run(main())
