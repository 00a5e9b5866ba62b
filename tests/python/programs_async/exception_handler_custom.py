# Loop exception handlers: errors in callbacks, custom handlers, call_exception_handler.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].replace(__file__, "PROGRAM"), "|", type(exc).__name__ if exc else None, "|",
          sorted(k for k in context if k not in ("message", "exception")))


def bad_callback(x):
    raise ValueError(f"callback failed with {x}")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "manual report", "detail": 123})
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k")})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

    def raising_handler(loop, ctx):
        raise RuntimeError("handler broke")

    loop.set_exception_handler(raising_handler)
    print("a raising handler is logged, not raised")
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0)
    print("main continues")


asyncio.run(main())
