# Reprs of futures, tasks and handles, as CPython shows them (file paths cut off).
import asyncio
import os
import re

HERE = os.path.basename(__file__)


def clean(obj):
    # Keep the file name and line, drop the directory; drop addresses.
    text = re.sub(r"at [^ >]*/([^/ >]+\.py):", r"at \1:", repr(obj))
    return re.sub(r"0x[0-9a-f]+", "0x..", text)


def on_done(fut):
    pass


async def child():
    await asyncio.sleep(0.01)
    return "r" * 100


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(f))
    f.add_done_callback(on_done)
    print(clean(f))
    f.add_done_callback(print)
    f.add_done_callback(on_done)
    print(clean(f))
    f.set_result([1, 2])
    print(clean(f))
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    print(clean(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(clean(h))

    t = asyncio.create_task(child(), name="kid")
    print(clean(t))
    await asyncio.sleep(0)
    print(clean(t))
    await t
    print(clean(t))
    t2 = asyncio.create_task(child())
    await asyncio.sleep(0)
    t2.cancel()
    print(clean(t2))
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(clean(t2))
    print(clean(asyncio.current_task()).startswith("<Task pending name='Task-1' coro=<main() running at"))

    handle = loop.call_soon(on_done, 1)
    print(clean(handle))
    handle.cancel()
    print(clean(handle))
    timer = loop.call_at(12345.5, on_done, "x")
    print(clean(timer))
    timer.cancel()


asyncio.run(main())
