"""aiter() and anext(), with and without a default."""


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine awaited something real")


async def count(n):
    for i in range(n):
        yield i


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(count(2))
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = Ticker(2)
    print(aiter(t) is t, await anext(t), await anext(t), await anext(t, -1))
    for bad in (1, [1, 2]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)


run(main())
