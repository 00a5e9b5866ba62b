import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
from dataclasses import dataclass, field

@dataclass
class Pool:
    size: int
    in_use: set = field(default_factory=set)
    log: list = field(default_factory=list)

    @asynccontextmanager
    async def connection(self, name):
        if len(self.in_use) >= self.size:
            raise RuntimeError(f"pool exhausted ({self.size})")
        self.in_use.add(name)
        self.log.append(f"+{name}")
        try:
            await asyncio.sleep(0)
            yield f"conn:{name}"
        finally:
            self.in_use.discard(name)
            self.log.append(f"-{name}")

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker closed")

class AsyncRes:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    pool = Pool(2)
    async with pool.connection("a") as c1, pool.connection("b") as c2:
        print(c1, c2, sorted(pool.in_use))
        try:
            async with pool.connection("c"):
                pass
        except RuntimeError as e:
            print("error:", e)
    print(pool.log, pool.in_use)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(pool.connection(n)) for n in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print(conns)
    print(pool.log[-4:])
    async with aclosing(ticker(10)) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    async with AsyncRes("r1"):
        raise KeyError("swallowed")
    print("after swallow")
    try:
        async with AsyncRes("r2"):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", e)
    async with nullcontext("nc") as v:
        print("async nullcontext", v)
    @asynccontextmanager
    async def broken():
        yield 1
        yield 2
    try:
        async with broken():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(nullcontext())
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
