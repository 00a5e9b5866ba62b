# async for / async with look their special methods up on the type and raise CPython's
# TypeErrors; a generator expression with async for (or await) is an async generator.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


class NoAexit:
    async def __aenter__(self):
        return self


class SyncMethods:
    def __aenter__(self):
        return 1

    def __aexit__(self, *exc):
        return 1


class SyncExit:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *exc):
        return None


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class AiterNotIterator:
    def __aiter__(self):
        return 5


class InstanceOnly:
    def __init__(self):
        self.__aiter__ = lambda: agen(2)


async def attempt(label, make):
    try:
        await make()
    except TypeError as e:
        print(f"{label}: {e}")
        if e.__context__ is not None:
            print("   context:", repr(e.__context__))


async def use_with(cm, raise_inside=False):
    async with cm as value:
        print("   body got", value)
        if raise_inside:
            raise KeyError("inside")


async def use_for(obj):
    async for _ in obj:
        pass


async def use_comp(obj):
    return [x async for x in obj]


async def main():
    await attempt("int in async with", lambda: use_with(3))
    await attempt("no __aexit__", lambda: use_with(NoAexit()))
    await attempt("sync __aenter__", lambda: use_with(SyncMethods()))
    await attempt("sync __aexit__", lambda: use_with(SyncExit()))
    await attempt("sync __aexit__ on error", lambda: use_with(SyncExit(), raise_inside=True))
    await attempt("list in async for", lambda: use_for([1, 2]))
    await attempt("int from __anext__", lambda: use_for(AnextNotAwaitable()))
    await attempt("int from __aiter__", lambda: use_for(AiterNotIterator()))
    await attempt("instance __aiter__", lambda: use_for(InstanceOnly()))
    await attempt("range in async comprehension", lambda: use_comp(range(3)))

    g = (x * 10 async for x in agen(4) if x != 2)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([v async for v in g])
    h = (await asyncio.sleep(0, i) for i in "ab")
    print(type(h).__name__, [v async for v in h])
    pairs = ((i, j) for i in range(1, 3) async for j in agen(i))
    print([p async for p in pairs])
    print(await anext((x async for x in agen(3)), "none"))
    print(await anext((x async for x in agen(0)), "none"))


def outside_async():
    g = (x async for x in agen(2))
    return type(g).__name__


print(outside_async())
asyncio.run(main())
