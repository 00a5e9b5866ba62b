# ExceptionGroup produced by TaskGroup, handled with except* and inspected with split/subgroup.
import asyncio


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"api returned {code}")
        self.code = code


async def call(endpoint):
    await asyncio.sleep(0)
    if endpoint.startswith("bad"):
        raise ApiError(404)
    if endpoint.startswith("slow"):
        raise asyncio.TimeoutError()
    if endpoint.startswith("crash"):
        raise ZeroDivisionError("division by zero in handler")
    return endpoint.upper()


async def run(endpoints):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(call(e)) for e in endpoints]
    return [t.result() for t in tasks]


async def main():
    print(await run(["users", "items"]))
    try:
        await run(["users", "bad1", "crash"])
    except* ApiError as eg:
        print("api errors:", [e.code for e in eg.exceptions])
    except* ZeroDivisionError as eg:
        print("zero:", [str(e) for e in eg.exceptions])

    try:
        await run(["bad", "slow", "ok"])
    except ExceptionGroup as eg:
        api, rest = eg.split(ApiError)
        print("split:", repr(api.exceptions), type(rest.exceptions[0]).__name__)
        sub = eg.subgroup(lambda e: isinstance(e, TimeoutError))
        print("subgroup:", len(sub.exceptions), sub.message)
        print(eg.derive([ValueError("x")]).message)

    eg = ExceptionGroup("manual", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
    print(repr(eg))
    print(str(eg))
    try:
        raise eg
    except* (ValueError, KeyError) as matched:
        print("matched:", repr(matched))
    except* TypeError as other:
        print("other:", repr(other))
    try:
        ExceptionGroup("empty", [])
    except ValueError as e:
        print("ValueError:", e)
    try:
        ExceptionGroup("bad", [1])
    except ValueError as e:
        print("ValueError:", e)
    b = BaseExceptionGroup("base", [KeyboardInterrupt()])
    print(type(b).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)


asyncio.run(main())
