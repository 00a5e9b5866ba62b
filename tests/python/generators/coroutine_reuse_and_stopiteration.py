# An exhausted or closed coroutine cannot be resumed ("cannot reuse already awaited coroutine",
# also for await and throw); StopIteration leaving a coroutine or async generator, and
# StopAsyncIteration leaving an async generator, become RuntimeErrors named after the kind.


async def value(x):
    return x * 2


async def raises_stop():
    raise StopIteration("from coroutine")


async def agen_stop_async():
    yield 1
    raise StopAsyncIteration


async def agen_stop():
    yield 1
    raise StopIteration


def gen_stop():
    yield 1
    raise StopIteration


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except RuntimeError as e:
        return f"RuntimeError: {e}"


c = value(21)
print(drive(c))
print(drive(c))
try:
    c.throw(ValueError("v"))
except RuntimeError as e:
    print("throw:", e)
c.close()
print("close on exhausted coroutine is silent")

c2 = value(1)
c2.close()
print(drive(c2))

g = gen_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
try:
    next(g)
except StopIteration:
    print("exhausted generator: StopIteration")
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("exhausted generator re-raises thrown", repr(e))

print(drive(raises_stop()))


async def main():
    done = value(5)
    print(await done)
    try:
        await done
    except RuntimeError as e:
        print("await again:", e)
    for make in (agen_stop_async, agen_stop):
        try:
            async for v in make():
                print("got", v)
        except RuntimeError as e:
            print(e, "| cause:", type(e.__cause__).__name__)
    return "main done"


print(drive(main()))
