# Building awaitables by hand: __await__ classes, types.coroutine generators, Futures.
import asyncio
import types


class Countdown:
    """Awaiting it yields to the loop n times, then gives 'liftoff'."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield from asyncio.sleep(0).__await__()
        return "liftoff"


@types.coroutine
def loop_trip():
    # A bare yield gives control back to the asyncio loop for one round.
    yield


class Deferred:
    """A value that becomes ready when someone calls resolve()."""

    def __init__(self):
        self._future = asyncio.get_running_loop().create_future()

    def resolve(self, value):
        self._future.set_result(value)

    def __await__(self):
        return self._future.__await__()


async def main():
    print(await Countdown(3))
    order = []

    async def ping():
        for i in range(3):
            order.append(f"ping{i}")
            await loop_trip()

    async def pong():
        for i in range(3):
            order.append(f"pong{i}")
            await loop_trip()

    await asyncio.gather(ping(), pong())
    print(order)
    d = Deferred()
    asyncio.get_running_loop().call_soon(d.resolve, {"ready": True})
    print(await d)
    print(type(loop_trip()).__name__, asyncio.iscoroutine(loop_trip()))
    t = asyncio.ensure_future(Countdown(1))
    print(type(t).__name__, await t)


asyncio.run(main())
