# A coroutine that caught an exception from an awaited task has nothing left in sys.exc_info() (no implicit
# __context__ for what it raises next); a cancelled task's first result() raises the CancelledError it ended
# with (message included), later ones a CancelledError without the message, as CPython's C Task.
import asyncio, sys
async def sleeper():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("m")
    try:
        await t
    except asyncio.CancelledError as e:
        print("h", repr(e))
    print("exc_info after handler:", sys.exc_info())
    try:
        raise KeyError("x")
    except KeyError as e:
        print(repr(e.__context__))
asyncio.run(main())
async def sleeper2():
    await asyncio.sleep(10)
async def main2():
    t = asyncio.create_task(sleeper2())
    await asyncio.sleep(0)
    t.cancel("the message")
    for i in range(3):
        try:
            if i == 0:
                await t
            else:
                t.result()
        except asyncio.CancelledError as e:
            print(i, repr(e), repr(e.__context__))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exc", repr(e))
    t2 = asyncio.create_task(sleeper2())
    t2.cancel("before start")
    await asyncio.sleep(0)
    for i in range(2):
        try:
            t2.result()
        except asyncio.CancelledError as e:
            print("t2", i, repr(e))
    t3 = asyncio.create_task(sleeper2())
    await asyncio.sleep(0)
    t3.cancel("via gather")
    r = await asyncio.gather(t3, return_exceptions=True)
    print(repr(r[0]))
    f = asyncio.get_running_loop().create_future()
    f.cancel("fut msg")
    for i in range(2):
        try:
            f.result()
        except asyncio.CancelledError as e:
            print("f", i, repr(e))
    async def catcher():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("inside", repr(e))
            raise
    t4 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t4.cancel("m4")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("t4", repr(e))
    async def raiser():
        raise asyncio.CancelledError("self raised")
    t5 = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(t5.cancelled())
    for i in range(2):
        try:
            t5.result()
        except asyncio.CancelledError as e:
            print("t5", i, repr(e))
asyncio.run(main2())
