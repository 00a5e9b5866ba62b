# Tracebacks underline the await (or yield from) expression an exception came out of.
import asyncio
import traceback

def show():
    print(traceback.format_exc().replace(__file__, "PROG"))

async def fetch(n):
    await asyncio.sleep(0)
    if n < 0:
        raise KeyError(n)
    return n

async def main():
    try:
        values = [await fetch(1), await fetch(-2)]
    except KeyError:
        show()
    try:
        total = sum(await asyncio.gather(fetch(3), fetch(-4)))
    except KeyError:
        show()
    try:
        await fetch(-5)
    except KeyError:
        show()
    try:
        x = await 5
    except TypeError:
        show()

def inner():
    yield 1
    raise ValueError("from the inner generator")

def outer():
    got = [(yield from inner())]
    return got

asyncio.run(main())
try:
    list(outer())
except ValueError:
    show()
