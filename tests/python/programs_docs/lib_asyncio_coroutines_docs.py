# asyncio "Coroutines and Tasks": run, create_task, gather, TaskGroup, wait_for with timeouts, shield-free cancellation.
import asyncio
async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
async def main():
    print('started')
    await say_after(0.01, 'hello')
    await say_after(0.02, 'world')
    task1 = asyncio.create_task(say_after(0.02, 'task one'))
    task2 = asyncio.create_task(say_after(0.04, 'task two'))
    await task1
    await task2
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(say_after(0.01, 'group one'))
        t2 = tg.create_task(say_after(0.03, 'group two'))
    print('both tasks done', t1.result(), t2.done())
asyncio.run(main())
async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0)
        f *= i
    return f
async def gathered():
    L = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(L)
    results = await asyncio.gather(factorial('x', 3), asyncio.sleep(0, 'slept'), return_exceptions=True)
    print(results)
    async def fail():
        raise ValueError('inside gather')
    print(await asyncio.gather(fail(), factorial('y', 5), return_exceptions=True))
asyncio.run(gathered())
async def eternity():
    await asyncio.sleep(3600)
    print('yay!')
async def timeouts():
    try:
        await asyncio.wait_for(eternity(), timeout=0.05)
    except asyncio.TimeoutError:
        print('timeout!')
    task = asyncio.create_task(eternity())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', task.cancelled())
    async def boom():
        raise KeyError('k')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(eternity())
    except* KeyError as eg:
        print('TaskGroup raised', repr(eg.exceptions[0]))
    print(await asyncio.wait_for(factorial('z', 6), timeout=5))
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print([await q.get() for _ in range(3)], q.empty())
    print(asyncio.iscoroutinefunction(eternity), asyncio.iscoroutine(c := eternity()))
    c.close()
asyncio.run(timeouts())
