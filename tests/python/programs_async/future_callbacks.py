# Futures by hand: callbacks, results, exceptions, InvalidStateError.
import asyncio


def show(fut):
    if fut.cancelled():
        print("  callback: cancelled")
    elif fut.exception() is not None:
        print("  callback: exception", repr(fut.exception()))
    else:
        print("  callback: result", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(show)
    f.add_done_callback(lambda fut: print("  lambda sees done:", fut.done()))
    print("done before:", f.done())
    f.set_result(42)
    print("done after set:", f.done())
    await asyncio.sleep(0)
    try:
        f.set_result(43)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        g.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g.add_done_callback(show)
    g.set_exception(KeyError("missing"))
    await asyncio.sleep(0)
    try:
        await g
    except KeyError as e:
        print("await raised", repr(e))

    h = loop.create_future()
    h.add_done_callback(show)
    removed = h.remove_done_callback(show)
    print("removed", removed)
    h.cancel(msg="no longer needed")
    await asyncio.sleep(0)
    print("cancelled", h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    k = loop.create_future()
    k.set_exception(ValueError)
    print(repr(k.exception()))

    late = loop.create_future()
    late.set_result("ready")
    late.add_done_callback(show)
    print("callback on done future is scheduled, not immediate")
    await asyncio.sleep(0)

    async def resolve_later(fut):
        await asyncio.sleep(0)
        fut.set_result("resolved by task")

    m = loop.create_future()
    asyncio.create_task(resolve_later(m))
    print(await m)
    print(asyncio.isfuture(m), asyncio.isfuture(resolve_later))


asyncio.run(main())
