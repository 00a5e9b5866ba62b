# The classic first asyncio tutorial: say_after, gather, create_task.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def ticks(n):
    # n trips through the event loop: an order that timers cannot guarantee on a busy machine
    for _ in range(n):
        await asyncio.sleep(0)


async def tick_after(n, what):
    await ticks(n)
    print(what)
    return what.upper()


async def main():
    print("started")
    await say_after(0.002, "hello")
    await say_after(0.001, "world")

    task1 = asyncio.create_task(tick_after(2, "hello again"))
    task2 = asyncio.create_task(tick_after(4, "world again"))
    print("tasks created:", task1.get_name(), task2.get_name())
    r1 = await task1
    r2 = await task2
    print("results:", r1, r2)

    results = await asyncio.gather(tick_after(3, "c"), tick_after(1, "a"), tick_after(2, "b"))
    print("gather keeps argument order:", results)
    print(type(results).__name__)
    empty = await asyncio.gather()
    print("empty gather:", empty)
    return len(results)


value = asyncio.run(main())
print("asyncio.run returned", value)
print(asyncio.run(asyncio.sleep(0, result="direct sleep result")))
