# nullcontext works with async with too (3.10), so an optional async manager can default to it.
import asyncio
import contextlib


class Session:
    async def __aenter__(self):
        print("session opened")
        return "session"

    async def __aexit__(self, *exc):
        print("session closed")


async def fetch(use_session):
    cm = Session() if use_session else contextlib.nullcontext("no session")
    async with cm as s:
        print("working with", s)
    with contextlib.nullcontext() as nothing:
        print("sync use gives", nothing)


async def main():
    await fetch(True)
    await fetch(False)
    cm = contextlib.nullcontext(42)
    print(await cm.__aenter__(), await cm.__aexit__(None, None, None))
    print(isinstance(cm, contextlib.AbstractAsyncContextManager), isinstance(cm, contextlib.AbstractContextManager))


asyncio.run(main())
