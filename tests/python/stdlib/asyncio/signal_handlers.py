# loop.add_signal_handler / remove_signal_handler: the callback runs in the loop, also when the signal comes while the loop waits; CPython's errors for bad signals, coroutines and other threads.
import asyncio, signal, os, threading
async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    log = []
    def handler(name):
        log.append(f"got {name}")
        stop.set()
    loop.add_signal_handler(signal.SIGUSR1, handler, "SIGUSR1")
    signal.raise_signal(signal.SIGUSR1)
    await stop.wait()
    print(log)
    stop.clear()
    loop.add_signal_handler(signal.SIGUSR2, handler, "SIGUSR2")
    threading.Timer(0.05, signal.raise_signal, (signal.SIGUSR2,)).start()
    await asyncio.wait_for(stop.wait(), timeout=5)
    print(log)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    for bad in (signal.SIGKILL, 999, "x"):
        try:
            loop.add_signal_handler(bad, handler)
        except (RuntimeError, ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    async def co(): pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, co)
    except TypeError as e:
        print("TypeError:", e)
    def in_thread():
        try:
            loop.add_signal_handler(signal.SIGUSR1, handler)
        except RuntimeError as e:
            print("RuntimeError:", e)
    t = threading.Thread(target=in_thread); t.start(); t.join()
asyncio.run(main())
print(signal.getsignal(signal.SIGUSR2))
