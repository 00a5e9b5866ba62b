# Ctrl-C (SIGINT) during asyncio.run cancels the main task, which cleans up; asyncio.run then raises KeyboardInterrupt; a second one raises KeyboardInterrupt at once (CPython 3.11's Runner).
import asyncio, signal
async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print("child finally")
async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)
        print("after raise_signal")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main got CancelledError")
        raise
    finally:
        print("main finally")
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt out of asyncio.run")
print(signal.getsignal(signal.SIGINT))


async def stubborn():
    try:
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first Ctrl-C cancelled the main task; cleaning up")
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            print("second Ctrl-C raised KeyboardInterrupt right away")
        return "finished anyway"


try:
    print(asyncio.run(stubborn()))
except KeyboardInterrupt:
    print("KeyboardInterrupt")
