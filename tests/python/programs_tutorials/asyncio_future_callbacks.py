# Low-level asyncio futures: create_future, set_result from call_later, done callbacks with context.
import asyncio
import re

def clean(obj):
    text = re.sub(r" at 0x[0-9a-f]+", "", re.sub(r" created at [^>]*", "", repr(obj)))
    return re.sub(r" at [^ ]*/([^/ ]+\.py):", r" at \1:", text)  # a callback's file, without its folder

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: seen.append(("cb2", f.result())))
    print(clean(fut))
    loop.call_later(0.001, fut.set_result, "payload")
    print(await fut, clean(fut))
    await asyncio.sleep(0)
    print(seen)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    bad.set_exception(ZeroDivisionError("nope"))
    print(clean(bad))
    try:
        await bad
    except ZeroDivisionError as e:
        print("awaited exception:", e)
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    cb = lambda f: None
    pending.add_done_callback(cb)
    pending.add_done_callback(cb)
    print("removed:", pending.remove_done_callback(cb))
    pending.cancel()
    print(clean(pending), pending.cancelled())
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
