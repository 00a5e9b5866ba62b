# Semaphore waiters and cancellation: a waiter cancelled before it was given a slot takes nothing (the next keeps waiting); a slot given to a cancelled waiter passes on. Condition.wait cancelled.
import asyncio
async def main():
    sem = asyncio.Semaphore(0)
    log = []
    async def waiter(name):
        try:
            async with sem:
                log.append(f"{name} acquired")
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
    a = asyncio.create_task(waiter("A"))
    b = asyncio.create_task(waiter("B"))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(log, sem._value, sem.locked())
    sem.release()
    await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
    print(log, sem._value, sem.locked())
    # release twice, then one waiter cancelled after being woken
    s2 = asyncio.Semaphore(0)
    log2 = []
    async def w2(n):
        try:
            await s2.acquire()
            log2.append(f"{n} got")
        except asyncio.CancelledError:
            log2.append(f"{n} cancelled")
    ts = [asyncio.create_task(w2(i)) for i in range(3)]
    await asyncio.sleep(0)
    s2.release()
    ts[0].cancel()
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(log2, s2._value)
    s2.release(); s2.release()
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(log2, s2._value, s2.locked())
    s3 = asyncio.Semaphore(0)
    got = []
    async def w3(n):
        await s3.acquire(); got.append(n)
    t3 = [asyncio.create_task(w3(i)) for i in range(3)]
    await asyncio.sleep(0)
    s3.release(); s3.release(); s3.release()
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(got, s3._value)
asyncio.run(main())
async def main2():
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            await cond.wait()
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args", e.args)
    print(t.cancelled(), cond.locked())
    async def holder():
        async with cond:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    h = asyncio.create_task(holder())
    t2 = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t2.cancel("m2")
    await asyncio.sleep(0)
    try:
        await t2
    except asyncio.CancelledError as e:
        print("args2", e.args)
    await h
asyncio.run(main2())
