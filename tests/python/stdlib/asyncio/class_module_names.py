# Task and Future are CPython's C classes, _asyncio.Task and _asyncio.Future; gather's future is asyncio.tasks._GatheringFuture.
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    f = asyncio.get_running_loop().create_future()
    print(type(t), type(f), asyncio.Task, asyncio.Future)
    print(type(t).__module__, type(t).__qualname__, asyncio.Future.__module__)
    print(type(asyncio.sleep(0)))
    h = asyncio.get_running_loop().call_soon(print)
    print(type(h), type(asyncio.get_running_loop().call_later(1, print)))
    print(type(asyncio.Lock()), type(asyncio.Queue()), type(asyncio.Event()), asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError)
    async def one():
        return 1
    print(type(asyncio.gather(one())), type(asyncio.gather()), asyncio.Semaphore, asyncio.Runner, asyncio.TaskGroup, asyncio.Timeout, asyncio.Barrier)
    print(type(asyncio.timeout(1)))
    await t
    print(asyncio.Task.__mro__, asyncio.Future.__mro__)
asyncio.run(main())
