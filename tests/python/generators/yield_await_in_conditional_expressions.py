# yield and await inside and/or, conditional expressions, chained comparisons, walrus and
# format specs: operands are evaluated (and suspended on) only when CPython evaluates them.
import asyncio

log = []


def note(tag, value):
    log.append(tag)
    return value


def gen():
    a = note("a", 0) or (yield "or-right")
    b = note("b", 1) or (yield "never")
    c = note("c", 1) and (yield "and-right")
    d = (yield "test") if note("d", True) else (yield "never")
    e = note("e", 5) if (yield "cond") else note("e2", 6)
    f = note("f1", 1) < (yield "mid") < note("f3", 10)
    g = note("g1", 5) < (yield "mid2") < note("never", 0)
    while (h := (yield "walrus")) != "stop":
        log.append(f"h={h}")
    yield f"{note('spec', 3.14159):{(yield 'width')}.2f}|"
    return a, b, c, d, e, f, g


def drive():
    g = gen()
    sent = [None, "A", "C", "D", False, 5, 1, "x", "stop", 9]
    out = []
    try:
        for s in sent:
            out.append(g.send(s))
    except StopIteration as stop:
        out.append(("returned", stop.value))
    return out


print(drive())
print(log)
log.clear()


async def v(tag, x):
    log.append(tag)
    await asyncio.sleep(0)
    return x


async def main():
    r = [
        await v("1", 0) or "default",
        await v("2", 5) and await v("3", 6),
        await v("4", 0) and await v("never", 1),
        await v("5", "x") if await v("6", True) else await v("never", "y"),
        1 < await v("7", 2) < await v("8", 3),
        3 < await v("9", 2) < await v("never", 9),
        not await v("10", False),
        await v("11", "") or await v("12", None) or await v("13", "third"),
        f"[{await v('14', 7):>{await v('15', 4)}}]",
    ]
    i = 0
    while (n := await v(f"w{i}", i)) < 2:
        i += 1
    r.append(n)
    if await v("if", 1) == 1 and not await v("if2", 0):
        r.append("if-and")
    assert await v("as1", 1), await v("never", "unused message")
    try:
        assert await v("as2", 0), await v("as3", "assertion message")
    except AssertionError as e:
        r.append(str(e))
    print(r)
    print(log)


asyncio.run(main())
