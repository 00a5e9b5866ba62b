# Messages that name the kind of resumable object: "coroutine raised StopIteration", "async generator
# raised StopAsyncIteration", and a finished coroutine cannot be resumed ("cannot reuse already
# awaited coroutine"), while a finished generator just stops.
import asyncio
async def ag():
    yield 1
    raise StopIteration
async def m():
    async for x in ag(): print(x)
try: asyncio.run(m())
except RuntimeError as e: print(e)
async def ag2():
    yield 1
    raise StopAsyncIteration
async def m2():
    async for x in ag2(): print(x)
try: asyncio.run(m2())
except RuntimeError as e: print(e)
async def c():
    raise StopIteration
try: asyncio.run(c())
except RuntimeError as e: print(e)
def g():
    yield 1
    raise StopIteration
try: list(g())
except RuntimeError as e: print(e)
coro = c()
coro.close()
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
async def d(): return 5
co = d()
print(asyncio.run(co))
try:
    asyncio.run(co)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
def gen(): yield 1
gg = gen(); list(gg)
print(next(gg, 'exhausted'))


async def ignores_exit():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        pass
    await asyncio.sleep(0)


class Step:
    def __await__(self):
        yield


async def stubborn():
    while True:
        try:
            await Step()
        except GeneratorExit:
            pass


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e, "| name:", e.name)
    late = 1


outer()
