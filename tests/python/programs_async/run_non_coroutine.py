# asyncio.run with something that is not a coroutine: ValueError escapes.
import asyncio


async def main():
    return 1


print(asyncio.run(main()))
print(asyncio.iscoroutine(main), asyncio.iscoroutinefunction(main))
asyncio.run(42)
