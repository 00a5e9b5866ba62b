# Limit concurrent "requests" with asyncio.Semaphore; track the peak concurrency.
import asyncio

active = 0
peak = 0

async def fetch(sem, url):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.001 * (len(url) % 3))
        active -= 1
        return url, len(url)

async def main():
    sem = asyncio.Semaphore(2)
    urls = [f"https://site{i}.example/{'x' * i}" for i in range(8)]
    results = await asyncio.gather(*(fetch(sem, u) for u in urls))
    print("results in order:", [n for _, n in results])
    print("peak:", peak, "active:", active)
    print(sem.locked(), repr(sem).split(" ")[-1])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
