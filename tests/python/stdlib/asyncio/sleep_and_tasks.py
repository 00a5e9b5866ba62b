# Tasks interleave at awaits; completion order follows the sleep lengths.
import asyncio

log = []


async def worker(name, delay, steps):
    for i in range(steps):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return name.upper()


async def ticker():
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(worker("a", 0.15, 2))
    t2 = asyncio.create_task(worker("b", 0.1, 2), name="worker-b")
    t3 = asyncio.create_task(ticker())
    print(t1.get_name().startswith("Task-"), t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name(), t1.done())
    print(await t1, await t2, await t3)
    print(log)
    print(await asyncio.sleep(0.01, result="slept"))
    print(await asyncio.sleep(0, "zero"))
    print(t1.done(), t1.result(), t1.cancelled(), t1.exception())
    print(asyncio.current_task() is not t1, asyncio.current_task().get_coro().__name__)
    print(len(asyncio.all_tasks()))


print(asyncio.run(main()))
