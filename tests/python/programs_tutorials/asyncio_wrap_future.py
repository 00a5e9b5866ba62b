# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable asyncio future.
import asyncio
from concurrent.futures import ThreadPoolExecutor

def word_count(text):
    return len(text.split())

async def main():
    with ThreadPoolExecutor(2) as pool:
        cf = pool.submit(word_count, "the quick brown fox")
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
        bad = asyncio.wrap_future(pool.submit(word_count, 42))
        try:
            await bad
        except AttributeError as e:
            print("AttributeError:", e)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.wrap_future(f) is f)
    try:
        asyncio.wrap_future("nope")
    except AssertionError as e:
        print("AssertionError:", e)
    print(asyncio.isfuture(f), asyncio.isfuture(cf))

asyncio.run(main())
