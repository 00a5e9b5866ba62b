# asyncio.run and asyncio.Runner: results, debug flag, leftover tasks cancelled at the end.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover task cancelled at shutdown")


async def main(x):
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("debug:", asyncio.get_running_loop().get_debug())
    return x * 2


print(asyncio.run(main(21)))
print(asyncio.run(main(1), debug=True))

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(main(5)), runner.get_loop() is loop)

    async def set_var(v):
        var.set(v)
        return var.get()

    async def get_var():
        return var.get()

    # One context for every run of a Runner, unless one is given.
    print(runner.run(set_var("first")), runner.run(get_var()))
    ctx = contextvars.Context()
    print(runner.run(get_var(), context=ctx), runner.run(set_var("other"), context=ctx))
    print(runner.run(get_var()))
print(loop.is_closed())
try:
    runner.run(get_var())
except RuntimeError as e:
    print("RuntimeError:", e)


async def fail():
    raise KeyError("from main")

try:
    asyncio.run(fail())
except KeyError as e:
    print("KeyError:", e)
print(var.get())
