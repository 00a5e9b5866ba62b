# Calling a flaky service with per-attempt timeouts and a fallback value.
import asyncio


class Service:
    def __init__(self, behaviours):
        self.behaviours = list(behaviours)
        self.calls = 0

    async def call(self, payload):
        self.calls += 1
        kind = self.behaviours.pop(0) if self.behaviours else "ok"
        if kind == "hang":
            await asyncio.sleep(10)
        elif kind == "error":
            await asyncio.sleep(0)
            raise ConnectionResetError(f"reset on call {self.calls}")
        return f"{payload} handled on call {self.calls}"


async def robust_call(service, payload, attempts=3, timeout=0.005, fallback=None):
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(service.call(payload), timeout)
        except asyncio.TimeoutError:
            print(f"  attempt {attempt}: timeout")
        except ConnectionError as e:
            print(f"  attempt {attempt}: {type(e).__name__}: {e}")
    return fallback


async def main():
    print(await robust_call(Service(["ok"]), "A"))
    print(await robust_call(Service(["hang", "ok"]), "B"))
    print(await robust_call(Service(["error", "hang", "ok"]), "C"))
    print(await robust_call(Service(["hang", "error", "hang"]), "D", fallback="fallback!"))
    print(issubclass(ConnectionResetError, ConnectionError), ConnectionResetError.__mro__[2].__name__)


asyncio.run(main())
