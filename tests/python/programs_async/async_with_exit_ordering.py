# Nested async context managers: enter/exit order, exception passing, suppression.
import asyncio
import contextlib

events = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        events.append(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.name

    async def __aexit__(self, et, ev, tb):
        events.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        await asyncio.sleep(0)
        return self.suppress


@contextlib.asynccontextmanager
async def tracked(name):
    events.append(f"start {name}")
    try:
        yield name
    finally:
        events.append(f"stop {name}")


async def main():
    async with Resource("outer") as a, Resource("inner") as b:
        events.append(f"body {a}+{b}")
    async with Resource("guard", suppress=True):
        async with Resource("leaf"):
            raise OSError("boom")
    async with tracked("t1") as t1:
        async with tracked("t2"):
            events.append(f"in {t1}")
    try:
        async with tracked("t3"):
            raise ValueError("bad")
    except ValueError:
        events.append("caught ValueError")

    async def early():
        async with Resource("ret"):
            return "returned"

    events.append(await early())
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    for line in events:
        print(line)


asyncio.run(main())
