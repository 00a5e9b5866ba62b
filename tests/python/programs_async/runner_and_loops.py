# asyncio.Runner, new_event_loop/run_until_complete, loop state and errors.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def loop_info():
    loop = asyncio.get_running_loop()
    return loop.is_running(), loop.is_closed()


with asyncio.Runner() as runner:
    print(runner.run(double(4)))
    print(runner.run(double(10)))
    loop = runner.get_loop()
    print(runner.run(loop_info()))
    print(loop.is_closed())
print("after runner:", loop.is_closed())
try:
    runner.run(double(1))
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(double(21)))
task = loop.create_task(double(5))
print(loop.run_until_complete(task))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(double(1))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = double(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()


asyncio.run(nested())
try:
    asyncio.run("not a coroutine")
except ValueError as e:
    print("ValueError:", e)

loop2 = asyncio.new_event_loop()
counter = []


def tick():
    counter.append(len(counter))
    if len(counter) < 3:
        loop2.call_soon(tick)
    else:
        loop2.stop()


loop2.call_soon(tick)
loop2.run_forever()
print("run_forever stopped after", counter)
loop2.close()
print(asyncio.run(double(0.5)))
