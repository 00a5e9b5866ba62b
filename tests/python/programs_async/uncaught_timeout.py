# asyncio.wait_for timing out with nobody catching it: TimeoutError is the last line.
import asyncio


async def slow_service():
    await asyncio.sleep(5)
    return "too late"


async def main():
    print("calling service")
    result = await asyncio.wait_for(slow_service(), timeout=0.002)
    print(result)


asyncio.run(main())
