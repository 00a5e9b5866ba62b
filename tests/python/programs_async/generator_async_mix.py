# Plain generator pipelines feeding async workers; sync code inside async functions.
import asyncio
import itertools


def read_lines(text):
    for line in text.strip().splitlines():
        yield line.strip()


def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, qty, price = line.split(",")
        yield name, int(qty), float(price)


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


DATA = """
# name,qty,price
apple,3,0.5
banana,12,0.25
cherry,100,0.1

durian,1,15.0
elderberry,7,1.75
"""


async def price_batch(i, batch):
    await asyncio.sleep(0)
    total = sum(q * p for _, q, p in batch)
    return i, [n for n, _, _ in batch], round(total, 2)


async def running_total(source):
    acc = 0.0
    for name, q, p in source:
        acc += q * p
        await asyncio.sleep(0)
        yield name, round(acc, 2)


async def main():
    batches = batched(parse(read_lines(DATA)), 2)
    results = await asyncio.gather(*(price_batch(i, b) for i, b in enumerate(batches)))
    for r in results:
        print(r)
    async for name, acc in running_total(parse(read_lines(DATA))):
        print(f"{name:<12}{acc:>8.2f}")
    squares = (x * x for x in range(5))
    doubled = [await asyncio.sleep(0, s * 2) for s in squares]
    print(doubled)
    gen = parse(read_lines(DATA))
    first = next(gen)
    rest = await asyncio.to_thread(list, gen)
    print(first, len(rest))


asyncio.run(main())
