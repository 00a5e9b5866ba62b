# A simulated crawler: a queue of URLs, workers, a semaphore and a seen-set.
import asyncio

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/missing"],
    "/team": [],
    "/shop/cart": ["/"],
}


async def fetch(url):
    await asyncio.sleep(0)
    if url not in LINKS:
        raise LookupError(f"404 {url}")
    return LINKS[url]


async def worker(wid, queue, seen, sem, visited, errors):
    while True:
        url = await queue.get()
        try:
            async with sem:
                links = await fetch(url)
            visited.append(url)
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except LookupError as e:
            errors.append(str(e))
        finally:
            queue.task_done()


async def crawl(start, n_workers=3):
    queue = asyncio.Queue()
    seen = {start}
    queue.put_nowait(start)
    visited, errors = [], []
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(i, queue, seen, sem, visited, errors)) for i in range(n_workers)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return visited, errors


visited, errors = asyncio.run(crawl("/"))
print(len(visited), "pages")
print(sorted(visited))
print(errors)
