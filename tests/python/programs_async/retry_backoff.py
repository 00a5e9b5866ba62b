# An async retry decorator with exponential backoff (tiny delays), preserving metadata.
import asyncio
import functools


class TransientError(Exception):
    pass


def retry(times=3, base_delay=0.0001, exceptions=(TransientError,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, times + 1):
                try:
                    result = await func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {func.__name__} failed: {e!r}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay)
                    delay *= 2
                else:
                    print(f"  attempt {attempt} of {func.__name__} succeeded")
                    return result
        wrapper.attempts_allowed = times
        return wrapper
    return decorator


calls = {"flaky": 0}


@retry(times=4)
async def flaky(threshold):
    """Fails until called `threshold` times."""
    calls["flaky"] += 1
    await asyncio.sleep(0)
    if calls["flaky"] < threshold:
        raise TransientError(f"try {calls['flaky']}")
    return f"ok after {calls['flaky']}"


@retry(times=2)
async def always_fails():
    raise TransientError("nope")


@retry(times=5, exceptions=(ValueError,))
async def wrong_error():
    raise KeyError("not retried")


async def main():
    print(flaky.__name__, flaky.__doc__, flaky.attempts_allowed)
    print(asyncio.iscoroutinefunction(flaky), hasattr(flaky, "__wrapped__"))
    print(await flaky(3))
    try:
        await always_fails()
    except TransientError as e:
        print("gave up:", e)
    try:
        await wrong_error()
    except KeyError as e:
        print("not retried:", e)


asyncio.run(main())
