# The event loop by hand: call_soon/call_later/call_at, handles, run_forever/stop,
# run_until_complete, close, and the policy functions. Timers are 100 ms apart: on a loaded machine
# two lines can be more than 10 ms apart, which reordered the 10 ms gaps this had before.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
order = []
loop.call_later(0.3, order.append, "later 0.3")
loop.call_later(0.1, order.append, "later 0.1")
loop.call_at(loop.time() + 0.2, order.append, "at +0.2")
loop.call_soon(order.append, "soon 1")
loop.call_soon(order.append, "soon 2")
h = loop.call_soon(order.append, "cancelled soon")
th = loop.call_later(0.15, order.append, "cancelled timer")
print(type(h).__name__, type(th).__name__, h.cancelled())
h.cancel()
th.cancel()
print(h.cancelled(), th.cancelled(), th.when() > 0)
loop.call_later(0.4, loop.stop)
loop.run_forever()
print(order)


async def answer():
    print("running:", asyncio.get_running_loop() is loop, loop.is_running())
    return 42


print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))

# stop() from a callback: the callbacks already ready still run.
seen = []
loop.call_soon(seen.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(seen.append, 2)
loop.run_forever()
print(seen)


async def nested():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop.run_until_complete(nested())
loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
             lambda: loop.create_task(answer())):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.set_event_loop(asyncio.new_event_loop())
l2 = asyncio.get_event_loop()
print(l2 is asyncio.get_event_loop(), l2.is_closed())


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)

try:
    l2.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
l2.close()
asyncio.set_event_loop(None)
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
print(isinstance(l2, asyncio.AbstractEventLoop))
