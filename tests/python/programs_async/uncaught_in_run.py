# An exception escaping the main coroutine propagates out of asyncio.run.
import asyncio


async def validate(record):
    await asyncio.sleep(0)
    if "id" not in record:
        raise LookupError(f"record without id: {sorted(record)}")
    return record["id"]


async def main():
    records = [{"id": 1, "name": "a"}, {"id": 2}, {"name": "nameless"}]
    ids = []
    for r in records:
        ids.append(await validate(r))
        print("validated", ids[-1])
    return ids


asyncio.run(main())
