# Threads and the loop: to_thread, run_in_executor, call_soon_threadsafe,
# run_coroutine_threadsafe (a concurrent.futures.Future), set_default_executor.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

request = contextvars.ContextVar("request", default=None)


def blocking(n):
    time.sleep(0.01)
    return (n * n, request.get(), threading.current_thread() is threading.main_thread())


async def main():
    loop = asyncio.get_running_loop()
    request.set("req-1")
    # to_thread runs in a copy of the caller's context, in another thread.
    print(await asyncio.to_thread(blocking, 3))
    # run_in_executor does not copy the context.
    print(await loop.run_in_executor(None, blocking, 4))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print([r[0] for r in results])

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, sum, [1, 2, 3]))

    def fails():
        raise ValueError("in thread")

    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError:", e)

    # Another thread hands results back with call_soon_threadsafe.
    fut = loop.create_future()

    def producer():
        for i in range(3):
            time.sleep(0.005)
            loop.call_soon_threadsafe(print, "from thread", i)
        loop.call_soon_threadsafe(fut.set_result, "producer done")

    threading.Thread(target=producer).start()
    print(await fut)

    # A thread submits coroutines to this loop.
    async def add(a, b):
        await asyncio.sleep(0.01)
        return a + b

    async def broken():
        raise KeyError("coro failed")

    out = []

    def submitter():
        f = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        out.append(type(f).__module__ + "." + type(f).__name__)
        out.append(f.result(timeout=5))
        try:
            asyncio.run_coroutine_threadsafe(broken(), loop).result(timeout=5)
        except KeyError as e:
            out.append(f"KeyError {e}")
        try:
            asyncio.run_coroutine_threadsafe(42, loop)
        except TypeError as e:
            out.append(f"TypeError: {e}")

    await asyncio.to_thread(submitter)
    print(out)

    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1))
    print(await loop.run_in_executor(None, pow, 2, 10))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())


# A loop running in a worker thread; the main thread feeds it.
def loop_thread(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


loop = asyncio.new_event_loop()
t = threading.Thread(target=loop_thread, args=(loop,))
t.start()


async def where():
    return threading.current_thread() is t


print("runs in worker thread:", asyncio.run_coroutine_threadsafe(where(), loop).result(5))
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("worker loop closed:", loop.is_closed())
