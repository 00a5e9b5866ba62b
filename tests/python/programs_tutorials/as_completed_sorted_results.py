# as_completed yields futures as they finish; sort to print a deterministic report.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def fetch(page, delay):
    time.sleep(delay)
    if page == "broken":
        raise ConnectionError(f"cannot fetch {page}")
    return page, len(page) * 100

pages = {"home": 0.003, "about": 0.001, "broken": 0.002, "contact": 0.0, "blog": 0.004}
with ThreadPoolExecutor(max_workers=3) as ex:
    future_to_page = {ex.submit(fetch, p, d): p for p, d in pages.items()}
    ok, failed = [], []
    for fut in as_completed(future_to_page):
        page = future_to_page[fut]
        try:
            ok.append(fut.result())
        except ConnectionError as e:
            failed.append((page, str(e)))
for page, size in sorted(ok):
    print(f"{page:8} {size:5d} bytes")
print("failed:", failed)
print("count:", len(ok) + len(failed))
