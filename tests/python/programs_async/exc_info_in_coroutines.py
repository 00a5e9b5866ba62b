# sys.exc_info and exception chaining inside coroutines that await between raise and handle.
import asyncio
import sys


async def failing(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)


async def main():
    try:
        await failing("first")
    except KeyError as e:
        print("handling", repr(e), sys.exc_info()[0].__name__)
        await asyncio.sleep(0)
        print("still handling after await:", sys.exc_info()[1] is e)
    print("after handler:", sys.exc_info())
    try:
        try:
            await failing("inner")
        except KeyError:
            await asyncio.sleep(0)
            raise ValueError("outer")
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
    try:
        try:
            await failing("x")
        except KeyError as e:
            raise RuntimeError("converted") from e
    except RuntimeError as e:
        print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)
    task = asyncio.create_task(failing("in task"))
    try:
        await task
    except KeyError:
        pass
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("fresh error context:", e.__context__)


asyncio.run(main())
