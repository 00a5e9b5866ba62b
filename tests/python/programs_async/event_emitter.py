# An event emitter that calls both plain callbacks and coroutine listeners.
import asyncio
import inspect
from collections import defaultdict


class Emitter:
    def __init__(self):
        self.listeners = defaultdict(list)

    def on(self, event):
        def register(fn):
            self.listeners[event].append(fn)
            return fn
        return register

    async def emit(self, event, *args):
        results = []
        for fn in self.listeners[event]:
            r = fn(*args)
            if inspect.isawaitable(r):
                r = await r
            results.append(r)
        return results


bus = Emitter()


@bus.on("order")
def audit(order_id, amount):
    return f"audit {order_id}"


@bus.on("order")
async def charge(order_id, amount):
    await asyncio.sleep(0)
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"charged {amount:.2f}"


@bus.on("order")
async def notify(order_id, amount):
    await asyncio.sleep(0)
    return f"mail for {order_id}"


async def main():
    print(await bus.emit("order", "A1", 19.5))
    print(await bus.emit("nothing"))
    try:
        await bus.emit("order", "B2", 0)
    except ValueError as e:
        print("ValueError:", e)
    print({k: [f.__name__ for f in v] for k, v in bus.listeners.items()})
    print([inspect.iscoroutinefunction(f) for f in bus.listeners["order"]])


asyncio.run(main())
