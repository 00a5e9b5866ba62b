# A fixed pool of workers pulling jobs, collecting results and errors per job id.
import asyncio


async def job(n):
    for _ in range(n % 4):
        await asyncio.sleep(0)
    if n % 5 == 0:
        raise ArithmeticError(f"job {n} is a multiple of five")
    return n * 3


async def pool(jobs, size):
    queue = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)
    results, errors, handled = {}, {}, {}

    async def worker(wid):
        while True:
            try:
                j = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                results[j] = await job(j)
            except ArithmeticError as e:
                errors[j] = str(e)
            handled.setdefault(wid, []).append(j)

    await asyncio.gather(*(worker(w) for w in range(size)))
    return results, errors, handled


async def main():
    results, errors, handled = await pool(range(1, 13), 3)
    print(dict(sorted(results.items())))
    print(dict(sorted(errors.items())))
    print({w: len(js) for w, js in sorted(handled.items())}, sum(len(js) for js in handled.values()))


asyncio.run(main())
