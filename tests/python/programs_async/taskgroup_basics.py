# asyncio.TaskGroup (3.11): structured concurrency and ExceptionGroup.
import asyncio


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name}-data"


async def fetch_ticks(n, result):
    for _ in range(n):
        await asyncio.sleep(0)
    return result


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("users", 0.002))
        t2 = tg.create_task(fetch("orders", 0.001), name="orders-task")
        print("created", t1.get_name(), t2.get_name())
    print("both done:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            ok = tg.create_task(fetch("slow", 1))
            tg.create_task(fetch("bad", 0.001, fail=True))
    except* ValueError as eg:
        print("caught group:", type(eg).__name__, eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
    print("slow task cancelled:", ok.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0, fail=True))
            tg.create_task(fetch("b", 0, fail=True))
    except ExceptionGroup as eg:
        print(repr(eg.message), sorted(str(e) for e in eg.exceptions))
        print(str(eg))

    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(fetch_ticks(5 - i, i)).add_done_callback(
                lambda t: results.append(t.result()))
    print("completion order:", results)

    tg = asyncio.TaskGroup()
    print(repr(tg).startswith("<TaskGroup"))
    try:
        tg.create_task(fetch("x", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
