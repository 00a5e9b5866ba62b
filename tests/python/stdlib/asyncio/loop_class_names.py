# The loop asyncio makes is a _UnixSelectorEventLoop, made by the _UnixDefaultEventLoopPolicy, as on Linux.
import asyncio, re
loop = asyncio.new_event_loop()
print(loop, type(loop).__module__, [c.__name__ for c in type(loop).__mro__])
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop), asyncio.SelectorEventLoop.__name__)
pol = asyncio.get_event_loop_policy()
print(re.sub(" at 0x[0-9a-f]+", "", repr(pol)), type(pol).__name__, asyncio.DefaultEventLoopPolicy.__name__)
async def m():
    print(asyncio.get_running_loop())
loop.run_until_complete(m())
loop.close()
print(loop)
asyncio.run(m())
print("SelectorEventLoop" in asyncio.__all__, "DefaultEventLoopPolicy" in asyncio.__all__, "BaseEventLoop" in asyncio.__all__)
print(asyncio.SelectorEventLoop().__class__.__name__)
