# gather with and without return_exceptions, and what happens to the siblings.
import asyncio


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n % 3 == 0:
        raise ValueError(f"bad number {n}")
    return n * n


async def main():
    res = await asyncio.gather(*(work(i) for i in range(1, 8)), return_exceptions=True)
    for item in res:
        if isinstance(item, Exception):
            print("error:", type(item).__name__, item, repr(item))
        else:
            print("value:", item)

    try:
        await asyncio.gather(work(1), work(3), work(2))
    except ValueError as e:
        print("first error propagated:", e)

    tasks = [asyncio.create_task(work(i), name=f"w{i}") for i in (1, 2, 6, 4)]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.01)
    for t in tasks:
        if t.cancelled():
            state = "cancelled"
        elif t.exception() is not None:
            state = f"exception {t.exception()!r}"
        else:
            state = f"result {t.result()}"
        print(t.get_name(), t.done(), state)

    outer = asyncio.gather(work(5), work(9), return_exceptions=True)
    print("outer is a future:", asyncio.isfuture(outer))
    print(await outer)

    class Custom(Exception):
        def __str__(self):
            return "custom str"

    async def boom():
        raise Custom()

    print(await asyncio.gather(boom(), return_exceptions=True))
    r = await asyncio.gather(boom(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])


asyncio.run(main())
