# An exception in one of the gathered tasks propagates out of asyncio.run uncaught.
import asyncio


async def parse_int(text):
    await asyncio.sleep(0)
    return int(text)


async def main():
    values = await asyncio.gather(parse_int("10"), parse_int("20"))
    print("sum", sum(values))
    values = await asyncio.gather(parse_int("1"), parse_int("two"), parse_int("3"))
    print("not reached", values)


asyncio.run(main())
