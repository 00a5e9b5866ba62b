import asyncio
import threading
import concurrent.futures

def blocking_io(n):
    return sum(range(n)), threading.current_thread() is threading.main_thread()

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking_io, 100)
    print("default executor", r1)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        r2 = await loop.run_in_executor(pool, blocking_io, 1000)
        print("custom executor", r2)
    r3 = await asyncio.to_thread(blocking_io, 10)
    print("to_thread", r3)
    results = await asyncio.gather(*(asyncio.to_thread(pow, 2, k) for k in range(6)))
    print(results)
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print(type(e).__name__, e)

    async def coro(x):
        await asyncio.sleep(0)
        return x * 3
    out = []
    def from_thread():
        fut = asyncio.run_coroutine_threadsafe(coro(14), loop)
        out.append(fut.result(timeout=5))
        out.append(type(fut).__name__)
    t = threading.Thread(target=from_thread)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.001)
    t.join()
    print(out)

    calls = []
    done = asyncio.Event()
    def cb(arg):
        calls.append(arg)
        done.set()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(cb, "called back")).start()
    await done.wait()
    print(calls)

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    threading.Thread(target=lambda: cf.set_result("wrapped value")).start()
    print(await af)

asyncio.run(main())
print("loop closed")
