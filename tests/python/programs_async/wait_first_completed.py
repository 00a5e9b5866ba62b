# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and timeouts.
import asyncio


gate = None


async def job(name, delay, fail=False):
    if delay == "gate":
        await gate.wait()
    else:
        await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    global gate
    gate = asyncio.Event()
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0), ("b", "gate"), ("c", "gate"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done", names(done), "pending", names(pending))
    gate.set()
    done, pending = await asyncio.wait(pending)
    print("rest done", names(done), "pending", names(pending))

    tasks = [asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in (("x", 0, False), ("y", 0.005, True), ("z", 0.5, False))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in pending])

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("p", 0), ("q", 0.5))]
    done, pending = await asyncio.wait(tasks, timeout=0.005)
    print("timeout done", names(done), "pending", names(pending))
    for t in pending:
        t.cancel()

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
