# Real Python's asyncio tutorial example (rand.py), with sleeps of tenths of the original:
# three tasks retry random draws, sleeping (idx + 1) units between tries. The tasks start in
# one loop round, so a task's sleeps of 2 units and another's two sleeps of 1 unit tie; CPython
# wakes the single sleep first, as every task's timer counts from the same round.
import asyncio
import random

UNIT = 0.1


async def makerandom(idx: int, threshold: int = 6) -> int:
    print(f"Initiated makerandom({idx}).")
    i = random.randint(0, 10)
    while i <= threshold:
        print(f"makerandom({idx}) == {i} too low; retrying.")
        await asyncio.sleep((idx + 1) * UNIT)
        i = random.randint(0, 10)
    print(f"---> Finished: makerandom({idx}) == {i}")
    return i


async def main():
    res = await asyncio.gather(*(makerandom(i, 10 - i - 1) for i in range(3)))
    return res


if __name__ == "__main__":
    random.seed(444)
    r1, r2, r3 = asyncio.run(main())
    print()
    print(f"r1: {r1}, r2: {r2}, r3: {r3}")
