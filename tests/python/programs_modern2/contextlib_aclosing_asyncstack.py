# contextlib.aclosing (3.10) and AsyncExitStack with nullcontext as an async context manager (3.10).
import asyncio
from contextlib import aclosing, AsyncExitStack, nullcontext, asynccontextmanager


async def ticker(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("generator closed")


@asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    yield name
    log.append(f"close {name}")


async def main():
    log = []
    async with aclosing(ticker(log)) as values:
        async for v in values:
            if v == 2:
                break
    print(log)

    log = []
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n, log)) for n in "abc"]
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))
        print(names)
    print(log)

    async with nullcontext(42) as v:
        print("async nullcontext", v)


asyncio.run(main())
