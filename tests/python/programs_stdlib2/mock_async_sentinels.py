import asyncio
from unittest.mock import AsyncMock, MagicMock, Mock, call, sentinel, ANY, DEFAULT, patch


async def fetch_all(client, ids):
    results = []
    for i in ids:
        results.append(await client.fetch(i))
    return results


client = Mock()
client.fetch = AsyncMock(side_effect=lambda i: {"id": i})
print(asyncio.run(fetch_all(client, [1, 2, 3])))
print(client.fetch.await_count, client.fetch.await_args, client.fetch.await_args_list)
client.fetch.assert_awaited()
client.fetch.assert_awaited_with(3)
client.fetch.assert_any_await(2)
client.fetch.assert_has_awaits([call(1), call(2)])
for check in (client.fetch.assert_awaited_once, lambda: client.fetch.assert_awaited_with(9),
              client.fetch.assert_not_awaited, lambda: client.fetch.assert_any_await(7)):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
am = AsyncMock(return_value=sentinel.result)
print(asyncio.run(am(1)), am.called, am.await_count)
fresh = AsyncMock()
try:
    fresh.assert_awaited()
except AssertionError as e:
    print("AssertionError:", e)
try:
    fresh.assert_awaited_with(1)
except AssertionError as e:
    print("AssertionError:", e)
raiser = AsyncMock(side_effect=ValueError("async boom"))
try:
    asyncio.run(raiser())
except ValueError as e:
    print("ValueError", e)


async def use_context():
    cm = MagicMock()
    cm.__aenter__.return_value = "entered"
    async with cm as value:
        print("inside", value)
    print(cm.__aexit__.await_count if hasattr(cm.__aexit__, "await_count") else "n/a")


asyncio.run(use_context())
print(sentinel.a is sentinel.a, sentinel.a is not sentinel.b, repr(sentinel.missing_value))
m = Mock()
m.process(sentinel.input)
m.process.assert_called_with(sentinel.input)
print(m.process.call_args)
print([ANY] == [1], {"k": ANY} == {"k": object()}, call(ANY, 2) == call(1, 2), DEFAULT)
r = Mock(return_value=sentinel.ret)
print(r() is sentinel.ret)
