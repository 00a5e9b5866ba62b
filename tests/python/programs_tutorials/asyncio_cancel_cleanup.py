# Cancelling a task: CancelledError inside, finally blocks run, cancelled() afterwards, messages.
import asyncio

log = []
two_ticks = asyncio.Event()

async def ticker(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.001)
            if i < 2:
                log.append(f"{name} tick {i}")
            else:
                two_ticks.set()
    except asyncio.CancelledError as e:
        log.append(f"{name} got CancelledError{e.args}")
        raise
    finally:
        log.append(f"{name} finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "refused to die"

async def main():
    t = asyncio.create_task(ticker("t1"), name="ticker-1")
    await two_ticks.wait()
    print("cancel():", t.cancel(msg="stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raised CancelledError", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("\n".join(log[:2]), log[-2:], sep="\n")
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print("stubborn:", await s, s.cancelled())
    print("cancel done task:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of cancelled task raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
