# asend, athrow, aclose and finally blocks of async generators.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    except ValueError as e:
        print("  accumulator got", repr(e))
        yield -1
    finally:
        print("  accumulator finally, total", total)


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("  ticker cleanup")


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.asend(None))
    print(await acc.athrow(ValueError("reset")))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed accumulator: StopAsyncIteration")

    async for i in ticker(10):
        if i == 2:
            break
    print("after break")
    t = ticker(3)
    print(await t.__anext__())
    await t.aclose()
    print("aclosed")

    t2 = ticker(2)
    try:
        await t2.athrow(KeyError("early"))
    except KeyError as e:
        print("athrow on fresh generator raises", repr(e))

    async def bad_close():
        try:
            yield 1
        finally:
            yield 2

    b = bad_close()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        await accumulator().asend(3)
    except TypeError as e:
        print("TypeError:", e)
    print(type(accumulator()).__name__, accumulator.__name__)


asyncio.run(main())
