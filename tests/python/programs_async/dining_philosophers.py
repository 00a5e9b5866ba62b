# Dining philosophers with asyncio locks; resource ordering prevents deadlock.
import asyncio


async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % len(forks)
    low, high = min(left, right), max(left, right)
    for meal in range(meals):
        async with forks[low]:
            async with forks[high]:
                log.append((i, meal))
                await asyncio.sleep(0)
        await asyncio.sleep(0)
    return f"P{i} ate {meals}"


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    results = await asyncio.gather(*(philosopher(i, forks, 3, log) for i in range(n)))
    print(results)
    print(len(log), "meals")
    per = {}
    for p, m in log:
        per.setdefault(p, []).append(m)
    print(sorted(per.items()))
    print("first five meals:", log[:5])


asyncio.run(main())
