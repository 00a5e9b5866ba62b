# asyncio.Runner and asyncio.Barrier (3.11).
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())


async def party():
    barrier = asyncio.Barrier(3)
    order = []

    async def guest(name, delay):
        await asyncio.sleep(delay)
        order.append(f"{name} arrived")
        pos = await barrier.wait()
        order.append(f"{name} through")
        return pos

    results = await asyncio.gather(guest("a", 0.01), guest("b", 0.02), guest("c", 0.03))
    print(order[:3], sorted(order[3:]), sorted(results))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError")


asyncio.run(party())
try:
    with asyncio.Runner() as r:
        r.run(asyncio.sleep(0))
        r.run(42)
except ValueError as e:
    print("ValueError:", e)
