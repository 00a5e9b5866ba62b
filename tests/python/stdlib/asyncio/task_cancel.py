# Cancelling tasks: CancelledError inside, cleanup, cancel messages, cancelling/uncancel.
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows the cancellation")
    return "kept going"


async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0.01)
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting t raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

    m = asyncio.create_task(sleeper("m"))
    await asyncio.sleep(0)
    m.cancel("because")
    try:
        await m
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # Cancelled before it ever ran: the coroutine never starts.
    early = asyncio.create_task(sleeper("early"))
    early.cancel()
    await asyncio.sleep(0)
    print("early:", early.cancelled())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.uncancel())

    for getter in ("result", "exception"):
        try:
            getattr(t, getter)()
        except asyncio.CancelledError:
            print(getter, "raises CancelledError")
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
