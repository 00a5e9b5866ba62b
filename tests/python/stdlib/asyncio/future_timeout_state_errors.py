# State errors of futures and of asyncio.timeout: result before it is set, a finished Timeout rescheduled or re-entered.
import asyncio
async def m():
    f = asyncio.get_running_loop().create_future()
    for fn in (f.result, f.exception):
        try: fn()
        except asyncio.InvalidStateError as e: print(e)
    f.set_result(1)
    try: f.set_result(2)
    except asyncio.InvalidStateError as e: print(e)
    try: f.set_exception(ValueError())
    except asyncio.InvalidStateError as e: print(e)
    t = asyncio.create_task(asyncio.sleep(0))
    try: t.set_result(1)
    except RuntimeError as e: print(e)
    except ValueError as e: print(e)
    tm = asyncio.timeout(1)
    async with tm: pass
    try: tm.reschedule(3)
    except RuntimeError as e: print(e)
    try:
        async with tm: pass
    except RuntimeError as e: print(e)
    print(repr(tm))
    await t
asyncio.run(m())
