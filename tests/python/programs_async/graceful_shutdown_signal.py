# Graceful shutdown: a signal handler on the loop sets an event that the workers watch.
import asyncio
import signal


async def worker(name, stop, log):
    count = 0
    while not stop.is_set():
        count += 1
        if count == 3 and name == "w1":
            signal.raise_signal(signal.SIGUSR1)
        await asyncio.sleep(0)
    log.append(f"{name} stopped")
    return count >= 3


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    log = []

    def on_signal(signame):
        log.append(f"received {signame}")
        stop.set()

    loop.add_signal_handler(signal.SIGUSR1, on_signal, "SIGUSR1")
    results = await asyncio.gather(*(worker(f"w{i}", stop, log) for i in range(1, 4)))
    print(results)
    for line in log:
        print(line)
    print("handler removed:", loop.remove_signal_handler(signal.SIGUSR1))


asyncio.run(main())
