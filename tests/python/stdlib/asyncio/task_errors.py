# Exceptions inside tasks reach whoever awaits them; bad arguments are rejected.
import asyncio


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    t = asyncio.create_task(fails("first"))
    try:
        await t
    except ValueError as e:
        print("caught", e)
    print(t.done(), repr(t.exception()))

    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)

    async def coro():
        return 1

    c = coro()
    asyncio.get_running_loop().set_debug(True)  # the callback checks are debug-mode ones
    for bad in (lambda: asyncio.get_running_loop().call_soon(c),
                lambda: asyncio.get_running_loop().call_soon(coro),
                lambda: asyncio.get_running_loop().call_later(0.1, 5)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    c.close()
    asyncio.get_running_loop().set_debug(False)

    try:
        asyncio.run(coro())
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def waits_on_itself():
        await asyncio.current_task()

    try:
        await asyncio.create_task(waits_on_itself())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    async def bad_yield():
        class Odd:
            def __await__(self):
                yield 5
        await Odd()

    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", e)


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
