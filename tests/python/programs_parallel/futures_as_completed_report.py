from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

URLS = {
    "https://example.com/a": 120,
    "https://example.com/b": 0,
    "https://example.com/c": 404,
    "https://example.com/d": 3000,
    "https://example.com/e": -1,
}

class FetchError(Exception):
    pass

def fetch(url):
    size = URLS[url]
    if size == 404:
        raise FetchError(f"{url} returned 404")
    if size < 0:
        raise ConnectionError("connection reset")
    return url, size

report = {}
with ThreadPoolExecutor(max_workers=3) as executor:
    future_to_url = {executor.submit(fetch, url): url for url in URLS}
    for future in as_completed(future_to_url):
        url = future_to_url[future]
        try:
            _, size = future.result()
        except Exception as exc:
            report[url] = f"{url!r} generated an exception: {type(exc).__name__}: {exc}"
        else:
            report[url] = f"{url!r} page is {size} bytes"
for url in sorted(report):
    print(report[url])

lock = threading.Lock()
progress = []
def step(i):
    with lock:
        progress.append(i)
    return i * i
with ThreadPoolExecutor(4) as ex:
    futures = [ex.submit(step, i) for i in range(10)]
    total = sum(f.result() for f in as_completed(futures))
print(total, sorted(progress) == list(range(10)))

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(divmod, 100, d) for d in (3, 7, 0, 9)]
    ok, bad = [], []
    for f in as_completed(fs):
        (bad if f.exception() else ok).append(f)
    print(sorted(f.result() for f in ok))
    print([f"{type(f.exception()).__name__}: {f.exception()}" for f in bad])
