# Async generators left unfinished: one abandoned by the async for that made it is closed by the loop's
# finalizer hook soon after; others when asyncio.run shuts async generators down. sys's hooks API.
import asyncio, sys
print(sys.get_asyncgen_hooks())
async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"  {name} cleanup")
async def main():
    print(sys.get_asyncgen_hooks().firstiter.__name__)
    async for i in ticker("broken", 10):
        if i == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep0")
    await asyncio.sleep(0)
    print("after 2nd sleep0")
    g = ticker("kept", 5)
    await g.__anext__()
    print("kept started")
    try:
        async for i in ticker("raised", 5):
            raise ValueError("boom")
    except ValueError:
        print("caught")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    async def inner():
        async for i in ticker("returned", 5):
            return i
    print(await inner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t
    async for i in ticker("exhausted", 2):
        pass
    print("main end")
asyncio.run(main())
print(sys.get_asyncgen_hooks())
async def sync_use():
    return [x async for x in ticker("comp", 3)]
print(asyncio.run(sync_use()))
calls = []
sys.set_asyncgen_hooks(firstiter=lambda g: calls.append(("first", g.__name__)))
print(sys.get_asyncgen_hooks().finalizer, type(sys.get_asyncgen_hooks()).__name__)
sys.set_asyncgen_hooks(finalizer=calls.append)
print(sys.get_asyncgen_hooks().firstiter is not None, len(sys.get_asyncgen_hooks()))
gen = ticker("manual", 3)
try:
    gen.asend(None).send(None)
except StopIteration as e:
    print("first value", e.value)
print(calls)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 2, "finalizer": 3}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
