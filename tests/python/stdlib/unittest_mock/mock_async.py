# AsyncMock: awaits counted and asserted, side_effect kinds, patching a coroutine function, async with on a MagicMock
import asyncio
from unittest.mock import AsyncMock, MagicMock, patch, call
import re
def clean(s): return re.sub(r"id='\d+'", "id=ID", str(s))
def t(f):
    try:
        r = f(); print("ok", clean(repr(r)))
    except Exception as e:
        print(type(e).__name__, clean(e))
async def fetch(url): return "real"
async def main():
    am = AsyncMock(return_value={"ok": True})
    print(await am("u1"), am.await_count, am.call_count, am.await_args, am.await_args_list)
    t(lambda: am.assert_awaited_once_with("u1"))
    t(lambda: am.assert_awaited_with("u2"))
    t(lambda: am.assert_not_awaited())
    t(lambda: am.assert_any_await("u9"))
    t(lambda: AsyncMock().assert_awaited())
    t(lambda: AsyncMock(name="f").assert_awaited_once())
    se = AsyncMock(side_effect=[1, ValueError("x")])
    print(await se())
    try:
        await se()
    except ValueError as e:
        print("ValueError", e)
    async def eff(x): return x * 2
    print(await AsyncMock(side_effect=eff)(21))
    with patch(__name__ + ".fetch", new_callable=AsyncMock) as f:
        f.return_value = "mocked"
        print(await fetch("x"), type(f).__name__)
    with patch(__name__ + ".fetch") as f2:
        print(type(f2).__name__)
    mm = MagicMock()
    async with mm as v:
        print("async with", clean(repr(v)))
    print(clean(mm.mock_calls))
    coro = am("u3")
    print(type(coro).__name__, am.call_count, am.await_count)
    await coro
    print(am.await_count)
asyncio.run(main())
