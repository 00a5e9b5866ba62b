# iscoroutine/iscoroutinefunction, inspect's coroutine helpers, awaitables built by hand,
# types.coroutine, ensure_future and wrap_future.
import asyncio
import concurrent.futures
import inspect
import types


async def coro_fn(x):
    await asyncio.sleep(0)
    return x


def plain():
    return 1


def gen_fn():
    yield 1


print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(gen_fn))
c = coro_fn(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), inspect.iscoroutine(c),
      inspect.isawaitable(c), inspect.iscoroutinefunction(coro_fn))
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
g = gen_fn()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g))


class Doubler:
    """An awaitable object: __await__ delegates to a coroutine's iterator."""

    def __init__(self, x):
        self.x = x

    def __await__(self):
        value = yield from coro_fn(self.x).__await__()
        return value * 2


class Later:
    """An awaitable returning another coroutine's __await__() directly."""

    def __await__(self):
        return asyncio.sleep(0.01, "later").__await__()


@types.coroutine
def old_style():
    # A generator-based coroutine: a bare yield gives the loop a turn.
    yield
    return "old style"


async def main():
    print(await Doubler(21), await Later(), await old_style())
    w = coro_fn(0).__await__()
    print(type(w).__name__, hasattr(w, "__next__"), hasattr(w, "send"))
    w.close()
    print(inspect.isawaitable(Doubler(1)), asyncio.iscoroutine(Doubler(1)))

    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro_fn("ensured"))
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(Doubler(2))
    print(type(t2).__name__, await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        cf = pool.submit(pow, 3, 4)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af, asyncio.wrap_future(af) is af)


asyncio.run(main())
