"""asynccontextmanager, AsyncExitStack, aclosing, AbstractAsyncContextManager (driven without asyncio)."""
from contextlib import (AbstractAsyncContextManager, AsyncExitStack, aclosing,
                        asynccontextmanager, AsyncContextDecorator)

log = []


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine awaited something real")


@asynccontextmanager
async def resource(name):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("close " + name)


class Managed(AbstractAsyncContextManager):
    def __init__(self, tag):
        self.tag = tag

    async def __aexit__(self, *exc):
        log.append("exit " + self.tag)
        return False


class Timed(AsyncContextDecorator):
    async def __aenter__(self):
        log.append("enter timed")
        return self

    async def __aexit__(self, *exc):
        log.append("exit timed")


@Timed()
async def decorated(x):
    log.append("body %d" % x)
    return x * 2


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        log.append("agen closed")


async def main():
    async with resource("a") as r:
        log.append("got " + r)
    async with resource("b"):
        raise KeyError("k")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        log.append("propagated " + str(e))
    async with Managed("m") as m:
        log.append("managed is self: %s" % (m.tag == "m"))
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("x"))
        y = stack.enter_context(open(__file__))
        stack.callback(log.append, "sync callback")

        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, "async callback")
        log.append("stack holds %s %s" % (x, y.closed))
    log.append("file closed %s" % y.closed)
    log.append("decorated %d" % await decorated(21))
    async with aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
            log.append("value %d" % v)
    print(isinstance(Managed("z"), AbstractAsyncContextManager), issubclass(int, AbstractAsyncContextManager))


run(main())
print("\n".join(log))
