# asyncio.shield keeps an inner task running when the awaiting coroutine is cancelled or times out.
import asyncio

log = []

async def save_to_db(record, may_finish):
    await may_finish.wait()
    log.append(f"saved {record}")
    return record

async def main():
    may_finish = asyncio.Event()
    inner = asyncio.create_task(save_to_db("order-1", may_finish))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("caller timed out")
    print("inner cancelled?", inner.cancelled(), "done?", inner.done())
    may_finish.set()
    print("inner result:", await inner)
    print(log)

    async def caller():
        return await asyncio.shield(save_to_db("order-2", may_finish))
    outer_task = asyncio.create_task(caller())
    await asyncio.sleep(0)
    outer_task.cancel()
    try:
        await outer_task
    except asyncio.CancelledError:
        print("outer cancelled:", outer_task.cancelled())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print(await asyncio.shield(done))

asyncio.run(main())
