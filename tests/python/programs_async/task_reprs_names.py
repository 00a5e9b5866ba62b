# Task names, reprs (with addresses cut), current_task, all_tasks.
import asyncio
import re


def clean(obj):
    text = re.sub(r" at 0x[0-9a-f]+", "", repr(obj))
    return re.sub(r"running at [^>]*>", "running>", re.sub(r"defined at [^>]*>", "defined>", text))


async def child(x):
    await asyncio.sleep(0)
    return x * 2


async def failing():
    raise ArithmeticError("overflow!")


async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t = asyncio.create_task(child(3))
    print(t.get_name(), t.done())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(12345)
    print(repr(t.get_name()))
    await t
    print(clean(t))
    named = asyncio.create_task(child(5), name="custom name")
    print(clean(named))
    await named
    print(clean(named))
    f = asyncio.create_task(failing(), name="fails")
    await asyncio.sleep(0)
    print(clean(f))
    print(repr(f.exception()))
    c = asyncio.create_task(child(1), name="cancelme")
    c.cancel()
    await asyncio.sleep(0)
    print(clean(c))
    others = asyncio.all_tasks()
    print(len(others), [x.get_name() for x in others])
    print(me in others)
    print(type(t.get_coro()).__name__, t.get_coro().__name__, t.get_coro().__qualname__)
    coro = child(0)
    print(clean(coro))
    await coro
    fut = asyncio.get_running_loop().create_future()
    print(clean(fut))
    fut.set_result(None)
    print(clean(fut))


asyncio.run(main())
