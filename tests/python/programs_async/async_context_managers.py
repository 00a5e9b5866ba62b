# Class-based async context managers and contextlib.asynccontextmanager.
import asyncio
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


@contextlib.asynccontextmanager
async def transaction(name):
    print("begin", name)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("rollback", name, e)
        raise
    else:
        print("commit", name)
    finally:
        print("end", name)


async def main():
    async with Connection("db") as c:
        print("using", c.name)
    async with Connection("cache") as c:
        raise KeyError("suppressed")
    print("after suppressed KeyError")
    try:
        async with Connection("x"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

    async with transaction("t1") as t:
        print("inside", t)
    try:
        async with transaction("t2"):
            1 / 0
    except ZeroDivisionError as e:
        print("caught", e)

    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(Connection("a"))
        b = await stack.enter_async_context(transaction("b"))
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)

        stack.push_async_callback(acb, "bye")
        print("stack holds", a.name, b)

    try:
        async with Connection("plain") as c, transaction("pair") as t:
            print("two managers", c.name, t)
            raise KeyError("k")
    except KeyError:
        print("not reached")
    print("done")

    try:
        with transaction("sync"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
