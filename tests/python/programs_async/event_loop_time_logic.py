# loop.time() arithmetic (no printed times), call_at handles, TimerHandle when().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(type(t0).__name__, t0 > 0)
    await asyncio.sleep(0.002)
    elapsed = loop.time() - t0
    print("slept at least 2ms:", elapsed >= 0.0019)
    fired = []
    h = loop.call_at(t0 + 1000, fired.append, "far future")
    print(h.when() == t0 + 1000, h.cancelled())
    h.cancel()
    print(h.cancelled())
    base = loop.time()
    handles = [loop.call_at(base + d, fired.append, d) for d in (0.003, 0.001, 0.002)]
    print([type(x).__name__ for x in handles])
    print(sorted(handles, key=lambda x: x.when()) == [handles[1], handles[2], handles[0]])
    print(handles[1] < handles[2], handles[0] == handles[0])
    await asyncio.sleep(0.01)
    print(fired)
    soon = loop.call_soon(fired.append, "soon")
    print(type(soon).__name__, hasattr(soon, "when"))
    await asyncio.sleep(0)
    print(fired[-1])


asyncio.run(main())
