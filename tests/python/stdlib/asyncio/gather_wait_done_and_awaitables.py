# gather of futures already done completes in a later loop round (3.11); wait() takes futures only (no wrapping of awaitables), ensure_future wraps them.
import asyncio
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "aw"
async def c(x):
    return x
async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future(); f1.set_result(1)
    f2 = loop.create_future(); f2.set_result(2)
    g = asyncio.gather(f1, f2)
    print(g.done(), g.result() if g.done() else None)
    f3 = loop.create_future(); f3.set_exception(KeyError("k"))
    g2 = asyncio.gather(f1, f3)
    print(g2.done(), repr(g2.exception()) if g2.done() else None)
    g3 = asyncio.gather(f1, f3, return_exceptions=True)
    print(g3.done(), g3.result() if g3.done() else None)
    print(await asyncio.gather(f1, f1, c(5), f1))
    print(await asyncio.gather(Aw(), c(1)))
    try:
        await asyncio.wait([Aw()])
    except AttributeError as e:
        print("AttributeError:", e)
    t = asyncio.ensure_future(Aw())
    print(type(t).__name__, await t)
asyncio.run(main())
