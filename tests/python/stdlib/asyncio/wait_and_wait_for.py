# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout) and wait_for.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


async def gated(name, gate, fail=False):
    # Finishes only once the test opens its gate: the states below never depend on timing.
    await gate.wait()
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    gate_b, gate_c = asyncio.Event(), asyncio.Event()
    ts = [asyncio.create_task(job("a", 0), name="a"),
          asyncio.create_task(gated("b", gate_b, fail=True), name="b"),
          asyncio.create_task(gated("c", gate_c), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    gate_b.set()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    gate_c.set()
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED", names(done), names(pending))
    print([t.exception() for t in ts if t.get_name() == "b"])

    gate = asyncio.Event()
    blocked = [asyncio.create_task(job("quick", 0), name="quick"),
               asyncio.create_task(gated("blocked", gate), name="blocked")]
    done, pending = await asyncio.wait(blocked, timeout=0.02)
    print("timeout", names(done), names(pending))
    gate.set()
    await asyncio.wait(pending)

    for bad, kw in (([], {}), (ts, {"return_when": "sometimes"})):
        try:
            await asyncio.wait(bad, **kw)
        except ValueError as e:
            print("ValueError:", e)
    coro = job("x", 0)
    for bad in (coro, [coro]):
        try:
            await asyncio.wait(bad)
        except TypeError as e:
            print("TypeError:", e)
    coro.close()

    print(await asyncio.wait_for(job("quick", 0.01), timeout=1))
    print(await asyncio.wait_for(job("no limit", 0.01), timeout=None))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 times out at once")

    cleaned = []

    async def cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            cleaned.append("inner cleaned up")

    try:
        await asyncio.wait_for(cleanup(), 0.01)
    except TimeoutError:
        print(cleaned)
    try:
        await asyncio.wait_for(job("err", 0.01, fail=True), 1)
    except RuntimeError as e:
        print("RuntimeError from inner:", e)


asyncio.run(main())
