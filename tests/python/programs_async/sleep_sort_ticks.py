# "Sleep sort" with loop ticks instead of wall time, plus sleep(0) fairness.
import asyncio


async def ticks(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def sleeper(value, out):
    await ticks(value)
    out.append(value)


async def main():
    data = [5, 3, 9, 1, 4, 1, 0, 7]
    out = []
    await asyncio.gather(*(sleeper(v, out) for v in data))
    print(out)
    print(out == sorted(data))

    trace = []

    async def spinner(name, n):
        for i in range(n):
            trace.append(name)
            await asyncio.sleep(0)

    await asyncio.gather(spinner("A", 3), spinner("B", 1), spinner("C", 2))
    print("".join(trace))

    result = await asyncio.sleep(0, result={"k": [1, 2]})
    print(result)
    r2 = await asyncio.sleep(0.001, "after a millisecond")
    print(r2)
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns immediately")
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
