# Introspection of async functions, generators and methods.
import asyncio
import inspect
import types


async def coro_fn(a, b=2, *, c):
    """A coroutine function."""
    return a + b + c


async def agen_fn(n):
    yield n


def gen_fn():
    yield 1


class Service:
    async def start(self):
        return "started"

    @staticmethod
    async def helper():
        return "helper"

    @classmethod
    async def build(cls):
        return cls()

    async def __call__(self):
        return "called"


def flags(obj):
    return [name for name, fn in [
        ("coroutinefunction", inspect.iscoroutinefunction),
        ("asyncgenfunction", inspect.isasyncgenfunction),
        ("generatorfunction", inspect.isgeneratorfunction),
        ("function", inspect.isfunction),
        ("method", inspect.ismethod),
    ] if fn(obj)]


async def main():
    for obj in (coro_fn, agen_fn, gen_fn, Service.start, Service().start, Service.helper, Service.build, Service()):
        print(getattr(obj, "__qualname__", type(obj).__name__), flags(obj))
    print(inspect.signature(coro_fn))
    print(coro_fn.__doc__, coro_fn.__name__)
    print(coro_fn.__code__.co_flags & inspect.CO_COROUTINE != 0, agen_fn.__code__.co_flags & inspect.CO_ASYNC_GENERATOR != 0)
    c = coro_fn(1, c=3)
    print(inspect.iscoroutine(c), isinstance(c, types.CoroutineType), inspect.isawaitable(c))
    print(await c)
    ag = agen_fn(1)
    print(inspect.isasyncgen(ag), isinstance(ag, types.AsyncGeneratorType))
    await ag.aclose()
    print(await Service().start(), await Service.helper(), type(await Service.build()).__name__, await Service()())
    try:
        await coro_fn(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        coro_fn(1, 2, 3, c=4)
    except TypeError as e:
        print("TypeError:", e)
    print(inspect.iscoroutinefunction(lambda: None), asyncio.iscoroutine(gen_fn()))


asyncio.run(main())
