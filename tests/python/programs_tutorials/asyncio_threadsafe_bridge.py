# Threads talk to a running event loop: run_coroutine_threadsafe and call_soon_threadsafe.
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    inbox = asyncio.Queue()
    results = []

    def thread_body(n):
        fut = asyncio.run_coroutine_threadsafe(add(n, 100), loop)
        results.append(fut.result(timeout=5))
        loop.call_soon_threadsafe(inbox.put_nowait, f"thread {n} done")

    threads = [threading.Thread(target=thread_body, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    messages = [await inbox.get() for _ in threads]
    await asyncio.to_thread(lambda: [t.join() for t in threads])
    print(sorted(messages))
    print(sorted(results))

    def failing_thread():
        async def boom():
            raise RuntimeError("inside the loop")
        fut = asyncio.run_coroutine_threadsafe(boom(), loop)
        try:
            fut.result(timeout=5)
        except RuntimeError as e:
            results.append(f"thread saw: {e}")
    await asyncio.to_thread(failing_thread)
    print(results[-1])

asyncio.run(main())

# A loop running in a background thread, fed from the main thread.
loop = asyncio.new_event_loop()
runner = threading.Thread(target=loop.run_forever, daemon=True)
runner.start()
futs = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(4)]
print([f.result(timeout=5) for f in futs])
loop.call_soon_threadsafe(loop.stop)
runner.join()
loop.close()
print("loop closed:", loop.is_closed())
