# Task.get_stack / print_stack: where a pending task waits, or where a failed one failed.
import asyncio
import io
import re


def show(task):
    buf = io.StringIO()
    task.print_stack(file=buf)
    # Keep file names, drop directories and addresses.
    text = re.sub(r'"[^"]*/([^/"]+\.py)"', r'"\1"', buf.getvalue())
    text = re.sub(r"at [^ >]*/([^/ >]+\.py):", r"at \1:", text)
    print(text, end="")


async def sleeper():
    await asyncio.sleep(1)


async def fails():
    raise ValueError("x")


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    show(t)
    print(len(t.get_stack()), t.get_stack()[0].f_code.co_name)
    f = asyncio.create_task(fails(), name="fails")
    await asyncio.sleep(0)
    show(f)
    print(repr(f.exception()), [fr.f_code.co_name for fr in f.get_stack()])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    show(t)


asyncio.run(main())
