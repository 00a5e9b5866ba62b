# Coroutine objects and functions: inspection, send/throw/close, await on awaitables.
import asyncio
import inspect


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value * 3


async def main():
    c = add(1, 2)
    print(type(c).__name__, c.__name__, c.__qualname__)
    print(inspect.iscoroutine(c), inspect.iscoroutinefunction(add), asyncio.iscoroutinefunction(add))
    print(inspect.isawaitable(c), inspect.isawaitable(Awaitable(1)), inspect.isawaitable(5))
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await Awaitable(7))
    print(inspect.getcoroutinestate(add(0, 0)) if hasattr(inspect, "getcoroutinestate") else "n/a")

    def driver(coro):
        try:
            while True:
                coro.send(None)
        except StopIteration as e:
            return e.value

    async def pure(x):
        return x ** 2

    print(driver(pure(9)))
    co = pure(3)
    co.close()
    try:
        co.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def thrower():
        try:
            await asyncio.sleep(0)
        except KeyError as e:
            return f"caught {e!r}"

    t = thrower()
    t.send(None)
    try:
        t.throw(KeyError("k"))
    except StopIteration as e:
        print(e.value)

    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1]
    except TypeError as e:
        print("TypeError:", e)

    class BadAwait:
        def __await__(self):
            return 5

    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    unused = add(1, 1)
    unused.close()
    print("closed unused coroutine")


asyncio.run(main())
