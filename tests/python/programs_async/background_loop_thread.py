# An event loop running in a background thread, fed from the main thread.
import asyncio
import threading


def start_background_loop(loop, ready):
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def fail():
    await asyncio.sleep(0)
    raise ValueError("failed in the background")


loop = asyncio.new_event_loop()
ready = threading.Event()
thread = threading.Thread(target=start_background_loop, args=(loop, ready), daemon=True)
thread.start()
ready.wait()
print("loop running:", loop.is_running())
futures = [asyncio.run_coroutine_threadsafe(compute(i), loop) for i in range(5)]
print([f.result(timeout=5) for f in futures])
bad = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    bad.result(timeout=5)
except ValueError as e:
    print("ValueError:", e)
print(type(bad).__name__, bad.done())
results = []
done = threading.Event()


def record(x):
    results.append(x)
    if len(results) == 3:
        done.set()


for i in range(3):
    loop.call_soon_threadsafe(record, i)
done.wait(5)
print(results)
loop.call_soon_threadsafe(loop.stop)
thread.join(5)
print("loop stopped:", not loop.is_running())
loop.close()
print("closed:", loop.is_closed())
