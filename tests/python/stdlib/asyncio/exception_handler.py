# Errors the loop cannot raise anywhere go to its exception handler.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", repr(exc),
          "|", sorted(context))


async def fails():
    raise ValueError("nobody awaits me")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad_callback():
        raise KeyError("in callback")

    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom report", "detail": 1})

    def broken_handler(loop, context):
        raise RuntimeError("handler broke")

    loop.set_exception_handler(broken_handler)
    loop.set_exception_handler(handler)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    # A task whose exception is never retrieved is reported.  CPython reports it when
    # the task is garbage collected (here: when main's frame, holding `ignored`, ends);
    # Weft, which has no reference counting, when the loop stops running.
    ignored = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    retrieved = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("retrieved:", repr(retrieved.exception()))

    # A task still running when asyncio.run ends is cancelled, not reported.
    async def forever():
        await asyncio.sleep(10)

    asyncio.create_task(forever())
    print("main returns")


asyncio.run(main())
print("after run")
