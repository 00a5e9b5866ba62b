# as_completed yields results in completion order.
import asyncio


async def job(name, delay):
    # delay counts trips through the loop (timers can swap places on a busy machine)
    for _ in range(delay):
        await asyncio.sleep(0)
    return name, delay


async def main():
    coros = [job("slow", 6), job("fast", 1), job("medium", 3)]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, delay = await fut
        print(i, name, delay)

    async def failing():
        for _ in range(5):
            await asyncio.sleep(0)
        raise RuntimeError("nope")

    for fut in asyncio.as_completed([job("a", 1), failing(), job("c", 9)]):
        try:
            print("got", await fut)
        except RuntimeError as e:
            print("error", e)

    try:
        for fut in asyncio.as_completed([job("x", 10**6), job("y", 1)], timeout=0.05):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

    it = asyncio.as_completed([])
    print(list(it))
    try:
        for f in asyncio.as_completed(job("bare", 0)):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
