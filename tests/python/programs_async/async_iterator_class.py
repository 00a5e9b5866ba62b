# Hand-written async iterators with __aiter__ / __anext__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1


class Paged:
    """Yields records page by page as a paginated API would."""

    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for number, page in enumerate(self.pages, 1):
            await asyncio.sleep(0)
            print(f"  fetched page {number}")
            for rec in page:
                yield rec


class NotAsync:
    def __iter__(self):
        return iter([1])


async def main():
    async for n in Countdown(3):
        print("countdown", n)
    print([x async for x in Countdown(5)])
    async for rec in Paged([["a", "b"], [], ["c"]]):
        print("record", rec)

    try:
        async for _ in NotAsync():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 42

    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAiter:
        def __aiter__(self):
            return 5

    try:
        async for _ in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    it = aiter(Countdown(2))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "end"))
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
