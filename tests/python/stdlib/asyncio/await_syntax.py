# Coroutine syntax that asyncio programs lean on: await in comprehensions,
# try/except* around awaits, async generators, async with / async for.
import asyncio


async def tenfold(x):
    await asyncio.sleep(0)
    return x * 10


async def countdown(n, delay):
    try:
        while n:
            await asyncio.sleep(delay)
            yield n
            n -= 1
    finally:
        print("countdown closed")


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    print([await tenfold(i) for i in range(3)])
    print({i: await tenfold(i) for i in range(2)}, {await tenfold(1)})
    print([x for x in range(5) if await tenfold(x) > 20])
    print([[await tenfold(j) for j in range(i)] for i in range(3)])
    print([n async for n in countdown(3, 0.001)])
    print([await tenfold(n) async for n in countdown(2, 0.001) if n > 1])

    # An async generator left early is closed explicitly: CPython would also close it
    # when it is garbage collected (through the loop's async generator hooks).
    cd = countdown(5, 0.001)
    async for n in cd:
        if n == 4:
            break
    await cd.aclose()
    print(aiter(cd) is cd)
    gen = countdown(2, 0.001)
    print(await gen.__anext__(), await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(countdown(0, 0), "default"))
    for bad in (lambda: aiter(1), lambda: anext(1)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

    async with Resource("a") as r, Resource("b"):
        print("using", r.name)
    async with Resource("c"):
        raise KeyError("suppressed by __aexit__")
    print("after suppressed error")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(tenfold(1))
            async def fail():
                await asyncio.sleep(0.01)
                raise OSError("disk")
            tg.create_task(fail())
    except* OSError as eg:
        print("except* caught", eg.exceptions)
    else:
        print("not reached")
    finally:
        print("finally after except*")

    try:
        try:
            await asyncio.sleep(0)
            raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            print("handled", eg.exceptions)
    except* TypeError as eg:
        print("outer got the rest", eg.exceptions)


asyncio.run(main())
